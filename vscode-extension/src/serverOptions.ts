// Settings -> how the language server is started and what it is told at `initialize`.
// Plain Node: the returned objects have the shapes vscode-languageclient expects
// (`Executable`, `LanguageClientOptions`), without importing it.
import type { Settings } from './settings';

export const LANGUAGE_ID = 'plan';
export const CLIENT_ID = 'planlint';
export const CLIENT_NAME = 'Planlint';
/** The settings section the server receives with `workspace/didChangeConfiguration`. */
export const CONFIGURATION_SECTION = 'planlint';

export interface ExecutableLike {
  command: string;
  args: string[];
  options: { cwd?: string; env: Record<string, string | undefined> };
}

export interface ServerOptionsLike {
  run: ExecutableLike;
  debug: ExecutableLike;
}

/**
 * `planlint lsp` over stdio (no `transport` means stdio). Output meant for a terminal is turned off
 * (NO_COLOR), since the server's standard error ends up in the output panel.
 */
export function buildServerOptions(
  binary: string,
  baseEnv: Record<string, string | undefined>,
  cwd?: string,
): ServerOptionsLike {
  const exe: ExecutableLike = {
    command: binary,
    args: ['lsp'],
    options: { env: { ...baseEnv, NO_COLOR: '1' } },
  };
  if (cwd !== undefined) exe.options.cwd = cwd;
  return { run: exe, debug: exe };
}

/**
 * Sent as `initializationOptions` (`planlint lsp` reads `lang` and `profile` there); when they change,
 * the same values follow in `workspace/didChangeConfiguration` (configurationPayload).
 */
export interface InitializationOptions {
  lang: Settings['lang'];
  profile: string;
}

export function buildInitializationOptions(settings: Settings): InitializationOptions {
  return { lang: settings.lang, profile: settings.profile };
}

/**
 * The `workspace/didChangeConfiguration` params for a change of language or profile: the checked
 * settings (src/settings.ts), not the raw editor configuration, so an empty or mistyped value never
 * reaches the server.
 */
export function configurationPayload(settings: Settings): { settings: Record<string, InitializationOptions> } {
  return { settings: { [CONFIGURATION_SECTION]: buildInitializationOptions(settings) } };
}

export interface ClientOptionsLike {
  documentSelector: Array<{ scheme: string; language: string }>;
  initializationOptions: InitializationOptions;
  outputChannelName: string;
  traceOutputChannelName: string;
}

export function buildClientOptions(settings: Settings): ClientOptionsLike {
  return {
    documentSelector: [
      { scheme: 'file', language: LANGUAGE_ID },
      { scheme: 'untitled', language: LANGUAGE_ID },
    ],
    initializationOptions: buildInitializationOptions(settings),
    outputChannelName: CLIENT_NAME,
    traceOutputChannelName: `${CLIENT_NAME} (sporing)`,
  };
}

/** The code action kind of "fix all safe fixes" that `planlint lsp` offers. */
export const FIX_ALL_KIND = 'source.fixAll.planlint';

/**
 * Whether the server advertises the fix-all code action (from its `initialize` result's
 * `codeActionProvider`); a server that does not gets the `planlint check --fix` fallback.
 */
export function serverOffersFixAll(codeActionProvider: unknown): boolean {
  if (codeActionProvider === undefined || codeActionProvider === null || codeActionProvider === false) return false;
  if (codeActionProvider === true) return false; // no kinds listed: we cannot know
  const kinds = (codeActionProvider as { codeActionKinds?: unknown }).codeActionKinds;
  if (!Array.isArray(kinds)) return false;
  return kinds.some(
    (k) => k === FIX_ALL_KIND || k === 'source.fixAll' || k === 'source' || (typeof k === 'string' && FIX_ALL_KIND.startsWith(`${k}.`)),
  );
}
