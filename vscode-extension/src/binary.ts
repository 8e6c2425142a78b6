// Finding the planlint program: the `planlint.path` setting, then `planlint` on PATH, then the
// binary bundled in the extension (bin/<platform>-<arch>/planlint, or bin/planlint).
// Plain Node: no `vscode` import, so it is tested with node's test runner.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export type BinarySource = 'setting' | 'path' | 'bundled';

export type Resolution =
  | { kind: 'found'; path: string; source: BinarySource }
  | {
      kind: 'missing';
      /** `setting`: planlint.path names a file that is not there (no fallback then). */
      reason: 'setting' | 'not-found';
      /** The configured value as written, for the message. */
      configured?: string;
      /** Every path that was tried, in order. */
      tried: string[];
    };

export interface ResolveInput {
  /** The value of `planlint.path` ('' when unset). */
  configuredPath: string;
  /** The PATH environment variable. */
  envPath: string | undefined;
  /** PATHEXT (Windows only). */
  envPathExt?: string | undefined;
  platform: NodeJS.Platform;
  arch: string;
  /** The extension's own folder (for the bundled binary). */
  extensionPath: string;
  /** The first workspace folder, for relative paths and ${workspaceFolder}. */
  workspaceFolder?: string | undefined;
  homeDir?: string;
  /** Whether a path is an executable file; injected by tests. */
  isExecutable?: (p: string) => boolean;
  /**
   * Makes a bundled binary executable when unpacking the .vsix lost its mode; true when it now is.
   * Injected by tests.
   */
  makeExecutable?: (p: string) => boolean;
}

export function defaultIsExecutable(p: string): boolean {
  try {
    if (!fs.statSync(p).isFile()) return false;
    if (process.platform === 'win32') return true;
    fs.accessSync(p, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function defaultMakeExecutable(p: string): boolean {
  try {
    if (!fs.statSync(p).isFile()) return false;
    fs.chmodSync(p, 0o755);
    return defaultIsExecutable(p);
  } catch {
    return false;
  }
}

function pathApi(platform: NodeJS.Platform): path.PlatformPath {
  return platform === 'win32' ? path.win32 : path.posix;
}

/** The file names to try for a bare command name (`planlint` -> `planlint.exe`, ... on Windows). */
export function executableNames(name: string, platform: NodeJS.Platform, envPathExt?: string): string[] {
  if (platform !== 'win32') return [name];
  if (path.win32.extname(name) !== '') return [name];
  const exts = (envPathExt ?? '.COM;.EXE;.BAT;.CMD')
    .split(';')
    .map((e) => e.trim())
    .filter((e) => e !== '');
  return [...exts.map((e) => name + e.toLowerCase()), name];
}

/** Every directory of PATH, in order, without empty entries. */
export function pathDirectories(envPath: string | undefined, platform: NodeJS.Platform): string[] {
  if (!envPath) return [];
  const sep = platform === 'win32' ? ';' : ':';
  return envPath
    .split(sep)
    .map((d) => (platform === 'win32' ? d.replace(/^"(.*)"$/, '$1') : d))
    .filter((d) => d !== '');
}

/** `~`, `${workspaceFolder}` and `${userHome}` expanded; relative paths made absolute from the workspace. */
export function expandConfiguredPath(value: string, input: ResolveInput): string {
  const p = pathApi(input.platform);
  const home = input.homeDir ?? os.homedir();
  let v = value.trim();
  v = v.replace(/\$\{userHome\}/g, home);
  if (input.workspaceFolder !== undefined) v = v.replace(/\$\{workspaceFolder\}/g, input.workspaceFolder);
  if (v === '~') v = home;
  else if (v.startsWith('~/') || (input.platform === 'win32' && v.startsWith('~\\'))) v = p.join(home, v.slice(2));
  if (!p.isAbsolute(v) && input.workspaceFolder !== undefined) v = p.join(input.workspaceFolder, v);
  return v;
}

/** A bare command name such as `planlint` (searched on PATH), as opposed to a path. */
function isBareName(value: string): boolean {
  return !/[\\/]/.test(value) && value !== '~' && !value.includes('${');
}

/** The places a bundled binary may be, most specific first. */
export function bundledCandidates(extensionPath: string, platform: NodeJS.Platform, arch: string): string[] {
  const p = pathApi(platform);
  const exe = platform === 'win32' ? 'planlint.exe' : 'planlint';
  return [p.join(extensionPath, 'bin', `${platform}-${arch}`, exe), p.join(extensionPath, 'bin', exe)];
}

function searchPath(name: string, input: ResolveInput, tried: string[], isExec: (p: string) => boolean): string | undefined {
  const p = pathApi(input.platform);
  for (const dir of pathDirectories(input.envPath, input.platform)) {
    for (const file of executableNames(name, input.platform, input.envPathExt)) {
      const candidate = p.join(dir, file);
      tried.push(candidate);
      if (isExec(candidate)) return candidate;
    }
  }
  return undefined;
}

export function resolveBinary(input: ResolveInput): Resolution {
  const isExec = input.isExecutable ?? defaultIsExecutable;
  const tried: string[] = [];
  const configured = input.configuredPath.trim();

  if (configured !== '') {
    if (isBareName(configured)) {
      const found = searchPath(configured, input, tried, isExec);
      if (found !== undefined) return { kind: 'found', path: found, source: 'setting' };
    } else {
      const expanded = expandConfiguredPath(configured, input);
      for (const file of executableNames(expanded, input.platform, input.envPathExt)) {
        tried.push(file);
        if (isExec(file)) return { kind: 'found', path: file, source: 'setting' };
      }
    }
    // A path the user chose that is not there is reported, not silently replaced by another planlint.
    return { kind: 'missing', reason: 'setting', configured, tried };
  }

  const onPath = searchPath('planlint', input, tried, isExec);
  if (onPath !== undefined) return { kind: 'found', path: onPath, source: 'path' };

  const makeExec = input.makeExecutable ?? defaultMakeExecutable;
  for (const candidate of bundledCandidates(input.extensionPath, input.platform, input.arch)) {
    tried.push(candidate);
    if (isExec(candidate) || makeExec(candidate)) return { kind: 'found', path: candidate, source: 'bundled' };
  }
  return { kind: 'missing', reason: 'not-found', tried };
}
