// The extension's settings (package.json `contributes.configuration`) as one typed value.
// Plain Node: no `vscode` import; src/config.ts reads them from the editor.

export type Lang = 'da' | 'en';
export type Trace = 'off' | 'messages' | 'verbose';

export interface Settings {
  /** `planlint.path`: '' = PATH, then the bundled binary. */
  path: string;
  /** `planlint.profile`: the built-in profile for plans without a planlint.toml. */
  profile: string;
  /** `planlint.lang`. */
  lang: Lang;
  /** `planlint.trace.server`. */
  trace: Trace;
}

/** The built-in profiles of planlint (linter/config/profiles/), the default first. */
export const PROFILES = ['specialsektoren', 'smorte', 'randers'] as const;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({ path: '', profile: 'specialsektoren', lang: 'da', trace: 'off' });

/** The part of a WorkspaceConfiguration this module needs (keys relative to `planlint`). */
export interface ConfigurationLike {
  get<T>(section: string): T | undefined;
}

function str(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/** Reads and validates the settings; a wrong type or value falls back to the default. */
export function readSettings(config: ConfigurationLike): Settings {
  const lang = config.get<unknown>('lang');
  const trace = config.get<unknown>('trace.server');
  return {
    path: str(config.get<unknown>('path')),
    // An empty profile means the default; another unknown name is passed on, and the server says so.
    profile: str(config.get<unknown>('profile')) || DEFAULT_SETTINGS.profile,
    lang: lang === 'en' ? 'en' : 'da',
    trace: trace === 'messages' || trace === 'verbose' ? trace : 'off',
  };
}

/**
 * What a change of the settings means for a running server: a new program needs a restart; a new
 * language or profile is sent to it (workspace/didChangeConfiguration); the trace setting is
 * handled by vscode-languageclient itself.
 */
export function settingsChangeAction(before: Settings, after: Settings): 'restart' | 'notify' | 'none' {
  if (before.path !== after.path) return 'restart';
  if (before.lang !== after.lang || before.profile !== after.profile) return 'notify';
  return 'none';
}
