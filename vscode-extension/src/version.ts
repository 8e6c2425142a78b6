// The version check: `planlint --version` must print at least MIN_VERSION.
// Plain Node: no `vscode` import.
import { execFile } from 'node:child_process';

/** The oldest planlint whose `planlint lsp` this extension speaks to. */
export const MIN_VERSION = '0.1.0';

export interface Version {
  major: number;
  minor: number;
  patch: number;
  /** Pre-release part after `-`, '' when none (`0.2.0-rc.1` -> `rc.1`). */
  pre: string;
  text: string;
}

/** The first `X.Y.Z` (optionally `-pre`) in a program's output: `0.1.0`, `planlint 0.1.0`, `v1.2.3-rc.1`. */
export function parseVersion(output: string): Version | undefined {
  const m = /(?<![\d.])v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?![\d.]*\d)/.exec(output);
  if (!m) return undefined;
  const [, major = '0', minor = '0', patch = '0', pre = ''] = m;
  const text = `${major}.${minor}.${patch}${pre ? `-${pre}` : ''}`;
  return { major: Number(major), minor: Number(minor), patch: Number(patch), pre, text };
}

function comparePre(a: string, b: string): number {
  // A release is newer than its pre-releases (semver 11.3); identifiers compare numerically or by text.
  if (a === b) return 0;
  if (a === '') return 1;
  if (b === '') return -1;
  const pa = a.split('.');
  const pb = b.split('.');
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const nx = /^\d+$/.test(x);
    const ny = /^\d+$/.test(y);
    if (nx && ny) {
      const d = Number(x) - Number(y);
      if (d !== 0) return Math.sign(d);
    } else if (nx !== ny) {
      return nx ? -1 : 1;
    } else if (x !== y) {
      return x < y ? -1 : 1;
    }
  }
  return 0;
}

/** Negative when a < b, 0 when equal, positive when a > b. */
export function compareVersions(a: Version, b: Version): number {
  return (
    Math.sign(a.major - b.major) ||
    Math.sign(a.minor - b.minor) ||
    Math.sign(a.patch - b.patch) ||
    comparePre(a.pre, b.pre)
  );
}

export type VersionCheck =
  | { kind: 'ok'; version: string }
  | { kind: 'too-old'; version: string; minimum: string }
  | { kind: 'unknown'; output: string }
  | { kind: 'failed'; error: string };

/** Judges the result of running `planlint --version`. */
export function checkVersion(result: RunResult, minimum: string = MIN_VERSION): VersionCheck {
  if (result.error !== undefined && result.stdout.trim() === '') {
    return { kind: 'failed', error: result.error };
  }
  const output = `${result.stdout}\n${result.stderr}`.trim();
  const version = parseVersion(result.stdout) ?? parseVersion(result.stderr);
  if (version === undefined) return { kind: 'unknown', output };
  const min = parseVersion(minimum);
  if (min === undefined) throw new Error(`invalid minimum version ${minimum}`);
  if (compareVersions(version, min) < 0) return { kind: 'too-old', version: version.text, minimum: min.text };
  return { kind: 'ok', version: version.text };
}

export interface RunResult {
  stdout: string;
  stderr: string;
  /** Set when the program could not be started, was killed, or exited with a non-zero code. */
  error?: string;
  exitCode?: number | null;
}

export type Runner = (command: string, args: string[], options?: RunOptions) => Promise<RunResult>;

export interface RunOptions {
  cwd?: string;
  timeoutMs?: number;
  /** Largest stdout accepted, in bytes. */
  maxBuffer?: number;
}

/** Runs a program and collects its output; never rejects. */
export const runProgram: Runner = (command, args, options = {}) =>
  new Promise((resolve) => {
    execFile(
      command,
      args,
      {
        cwd: options.cwd,
        timeout: options.timeoutMs ?? 10_000,
        maxBuffer: options.maxBuffer ?? 64 * 1024 * 1024,
        encoding: 'utf8',
        windowsHide: true,
      },
      (error, stdout, stderr) => {
        const result: RunResult = { stdout: String(stdout), stderr: String(stderr) };
        if (error) {
          const e = error as NodeJS.ErrnoException & { code?: string | number; killed?: boolean };
          result.exitCode = typeof e.code === 'number' ? e.code : null;
          result.error = e.killed
            ? `stoppet efter ${Math.round((options.timeoutMs ?? 10_000) / 1000)} sekunder`
            : typeof e.code === 'string'
              ? `${e.code}: ${e.message}`
              : e.message;
        } else {
          result.exitCode = 0;
        }
        resolve(result);
      },
    );
  });

/** Runs `planlint --version` and judges it. */
export async function probeVersion(binary: string, run: Runner = runProgram, minimum: string = MIN_VERSION): Promise<VersionCheck> {
  return checkVersion(await run(binary, ['--version'], { timeoutMs: 10_000 }), minimum);
}
