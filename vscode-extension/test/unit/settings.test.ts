import assert from 'node:assert/strict';
import { test } from 'node:test';

import {
  buildClientOptions,
  buildInitializationOptions,
  buildServerOptions,
  configurationPayload,
  FIX_ALL_KIND,
  serverOffersFixAll,
} from '../../src/serverOptions';
import { DEFAULT_SETTINGS, readSettings, settingsChangeAction, type ConfigurationLike, type Settings } from '../../src/settings';

const config = (values: Record<string, unknown>): ConfigurationLike => ({
  get: <T>(key: string) => values[key] as T | undefined,
});

test('readSettings: defaults when nothing is set', () => {
  assert.deepEqual(readSettings(config({})), DEFAULT_SETTINGS);
});

test('readSettings: the values as set, trimmed', () => {
  assert.deepEqual(
    readSettings(config({ path: ' /opt/planlint ', profile: 'smorte', lang: 'en', 'trace.server': 'verbose' })),
    { path: '/opt/planlint', profile: 'smorte', lang: 'en', trace: 'verbose' },
  );
});

test('readSettings: a wrong type or value falls back to the default', () => {
  assert.deepEqual(readSettings(config({ path: 42, profile: null, lang: 'de', 'trace.server': true })), DEFAULT_SETTINGS);
  assert.equal(readSettings(config({ profile: '' })).profile, 'specialsektoren');
});

test("the profiles offered are planlint's built-in ones, the default first", async () => {
  const fs = await import('node:fs');
  const path = await import('node:path');
  const { EXTENSION_ROOT } = await import('./root');
  const { PROFILES } = await import('../../src/settings');
  const dir = path.join(EXTENSION_ROOT, '..', 'linter', 'config', 'profiles');
  if (fs.existsSync(dir)) {
    const builtin = fs.readdirSync(dir).filter((f) => f.endsWith('.toml')).map((f) => f.replace(/\.toml$/, ''));
    assert.deepEqual([...PROFILES].sort(), builtin.sort());
  }
  assert.equal(PROFILES[0], DEFAULT_SETTINGS.profile);
});

test('only a new program needs a restart; profile and language are pushed to the running server', () => {
  const s: Settings = { ...DEFAULT_SETTINGS };
  assert.equal(settingsChangeAction(s, { ...s, path: '/x' }), 'restart');
  assert.equal(settingsChangeAction(s, { ...s, path: '/x', lang: 'en' }), 'restart');
  assert.equal(settingsChangeAction(s, { ...s, profile: 'randers' }), 'notify');
  assert.equal(settingsChangeAction(s, { ...s, lang: 'en' }), 'notify');
  assert.equal(settingsChangeAction(s, { ...s, trace: 'verbose' }), 'none', 'vscode-languageclient handles the trace');
  assert.equal(settingsChangeAction(s, { ...s }), 'none');
});

test('the server is `<binary> lsp` over stdio, with colour off, in the workspace folder', () => {
  const opts = buildServerOptions('/usr/bin/planlint', { PATH: '/usr/bin', HOME: '/home/pia' }, '/work/planer');
  assert.deepEqual(opts.run, {
    command: '/usr/bin/planlint',
    args: ['lsp'],
    options: { env: { PATH: '/usr/bin', HOME: '/home/pia', NO_COLOR: '1' }, cwd: '/work/planer' },
  });
  assert.deepEqual(opts.debug, opts.run);
  assert.equal('transport' in opts.run, false, 'no transport means stdio');
  assert.equal('cwd' in buildServerOptions('/p', {}).run.options, false);
});

test('settings -> initializationOptions and client options', () => {
  const s: Settings = { path: '', profile: 'randers', lang: 'en', trace: 'off' };
  assert.deepEqual(buildInitializationOptions(s), { lang: 'en', profile: 'randers' });
  assert.deepEqual(buildInitializationOptions(DEFAULT_SETTINGS), { lang: 'da', profile: 'specialsektoren' });
  const c = buildClientOptions(s);
  assert.deepEqual(c.documentSelector, [
    { scheme: 'file', language: 'plan' },
    { scheme: 'untitled', language: 'plan' },
  ]);
  assert.equal('synchronize' in c, false, 'the raw editor settings are not pushed; configurationPayload is');
  assert.deepEqual(configurationPayload(s), { settings: { planlint: { lang: 'en', profile: 'randers' } } });
  assert.deepEqual(c.initializationOptions, { lang: 'en', profile: 'randers' });
  assert.equal(c.outputChannelName, 'Planlint');
});

test('fix all goes through the server only when it advertises source.fixAll.planlint', () => {
  assert.equal(FIX_ALL_KIND, 'source.fixAll.planlint');
  assert.equal(serverOffersFixAll({ codeActionKinds: ['quickfix', 'source.fixAll.planlint'] }), true);
  assert.equal(serverOffersFixAll({ codeActionKinds: ['quickfix', 'source.fixAll'] }), true);
  assert.equal(serverOffersFixAll({ codeActionKinds: ['source'] }), true);
  assert.equal(serverOffersFixAll({ codeActionKinds: ['quickfix'] }), false);
  assert.equal(serverOffersFixAll({ codeActionKinds: ['source.organizeImports'] }), false);
  assert.equal(serverOffersFixAll(true), false);
  assert.equal(serverOffersFixAll(undefined), false);
  assert.equal(serverOffersFixAll({}), false);
});
