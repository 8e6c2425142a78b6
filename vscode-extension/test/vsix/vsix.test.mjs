// The packaged .vsix (built by `npm run package` just before this test): what it contains, and that
// the bundled client in it loads and activates.
import assert from 'node:assert/strict';
import { builtinModules, createRequire } from 'node:module';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { createFake, withFakeVscode } from './fake-vscode.mjs';
import { readZip } from './zip.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const vsixPath = process.env.PLANLINT_VSIX ?? join(root, 'dist', `${pkg.name}-${pkg.version}.vsix`);
const zip = readZip(vsixPath);
const names = zip.names;
const work = mkdtempSync(join(tmpdir(), 'planlint-vsix-'));
after(() => rmSync(work, { recursive: true, force: true }));

test('the .vsix holds the bundled client, grammar, snippets, language configuration and README', () => {
  for (const required of [
    'extension.vsixmanifest',
    '[Content_Types].xml',
    'extension/package.json',
    'extension/README.md',
    'extension/dist/extension.js',
    'extension/syntaxes/plan.tmLanguage.json',
    'extension/snippets/plan.code-snippets',
    'extension/language-configuration.json',
  ]) {
    assert.ok(names.includes(required), `${required} is in the .vsix (it has: ${names.join(', ')})`);
  }
});

test('and nothing else: no node_modules, sources, tests or build files', () => {
  const allowed = new Set([
    'extension.vsixmanifest',
    '[Content_Types].xml',
    'extension/package.json',
    'extension/README.md',
    'extension/CHANGELOG.md',
    'extension/dist/extension.js',
    'extension/syntaxes/plan.tmLanguage.json',
    'extension/snippets/plan.code-snippets',
    'extension/language-configuration.json',
  ]);
  for (const name of names) {
    assert.doesNotMatch(name, /(^|\/)(node_modules|src|test|out|scripts)\//, name);
    assert.doesNotMatch(name, /\.(ts|map|mjs|vsix)$|tsconfig|package-lock|CMakeLists|\.gitignore|\.vscodeignore/, name);
    assert.ok(allowed.has(name) || /^extension\/bin\/[a-z0-9]+-[a-z0-9]+\/planlint(\.exe)?$/.test(name), `unexpected file in the .vsix: ${name}`);
  }
});

test('the manifest inside points at files that are inside', () => {
  const inner = JSON.parse(zip.read('extension/package.json').toString('utf8'));
  assert.equal(inner.main, './dist/extension.js');
  const paths = [
    inner.main,
    ...inner.contributes.languages.map((l) => l.configuration),
    ...inner.contributes.grammars.map((g) => g.path),
    ...inner.contributes.snippets.map((s) => s.path),
  ];
  for (const p of paths) assert.ok(names.includes(`extension/${p.replace(/^\.\//, '')}`), `${p} is packaged`);
  const manifest = zip.read('extension.vsixmanifest').toString('utf8');
  assert.match(manifest, /Planlint – individuelle planer/);
  assert.match(zip.read('extension/README.md').toString('utf8'), /Skabeloner/, 'the marketplace page is the Danish README');
});

test('the client is bundled: it needs nothing but vscode and Node', () => {
  const code = zip.read('extension/dist/extension.js').toString('utf8');
  const required = new Set([...code.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]));
  const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
  for (const r of required) assert.ok(r === 'vscode' || builtins.has(r), `the bundle requires ${r}`);
  assert.ok(code.includes('planlint'));
});

function loadBundle() {
  const file = join(work, `extension-${Math.random().toString(36).slice(2)}.js`);
  writeFileSync(file, zip.read('extension/dist/extension.js'));
  return createRequire(file)(file);
}

async function activateWith(settings) {
  const { log, vscode } = createFake({ settings, folders: [work] });
  const context = { subscriptions: [], extensionPath: join(work, 'ext'), extensionUri: { fsPath: join(work, 'ext') } };
  await withFakeVscode(vscode, async () => {
    const ext = loadBundle();
    assert.equal(typeof ext.activate, 'function');
    assert.equal(typeof ext.deactivate, 'function');
    ext.activate(context);
    // activate() starts the server in the background; the messages come once it has given up.
    for (let i = 0; i < 100 && log.errorMessages.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
    await ext.deactivate();
  });
  return { log, context };
}

test('activate without planlint: the commands are there and the user is told in Danish', async () => {
  const { log, context } = await activateWith({ path: join(work, 'findes-ikke', 'planlint') });
  assert.deepEqual(log.commands.sort(), ['planlint.fixAll', 'planlint.restartServer', 'planlint.showAgenda', 'planlint.showOutput']);
  assert.ok(context.subscriptions.length >= 5);
  assert.deepEqual(log.foldingProviders.map((p) => p.selector), [{ language: 'plan' }]);
  assert.equal(log.errorMessages.length, 1);
  assert.match(log.errorMessages[0].text, /»planlint\.path« findes ikke/);
  assert.deepEqual(log.errorMessages[0].actions, ['Åbn indstillinger', 'Vis vejledning']);
  const item = log.statusItems[0];
  assert.ok(item.visible);
  assert.equal(item.text, '$(warning) planlint: ikke fundet');
  const ranges = log.foldingProviders[0].provider.provideFoldingRanges({ getText: () => '# Individuel plan\nBorger: x\n## Mål 1: y\nStart: 01-02-2026\n' });
  assert.deepEqual(ranges.map((r) => [r.start, r.end]), [[0, 3], [2, 3]]);
});

test('activate with a planlint that is too old: told what to do, no server started', async () => {
  if (process.platform === 'win32') return;
  const old = join(work, 'planlint-old');
  writeFileSync(old, '#!/bin/sh\necho 0.0.1\n');
  chmodSync(old, 0o755);
  const { log } = await activateWith({ path: old });
  assert.equal(log.errorMessages.length, 1);
  assert.match(log.errorMessages[0].text, /version 0\.0\.1, men udvidelsen kræver mindst version/);
  assert.equal(log.statusItems[0].text, '$(warning) planlint: for gammel');
});
