// The manifest, the language configuration and the grammar fit together and fit the code.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';

import { PROFILES } from '../../src/settings';
import { EXTENSION_ROOT } from './root';

const read = (p: string) => fs.readFileSync(path.join(EXTENSION_ROOT, p), 'utf8');
const pkg = JSON.parse(read('package.json')) as {
  main: string;
  engines: { vscode: string };
  activationEvents: string[];
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  contributes: {
    languages: Array<{ id: string; extensions: string[]; configuration: string }>;
    grammars: Array<{ language: string; scopeName: string; path: string }>;
    snippets: Array<{ language: string; path: string }>;
    configuration: { properties: Record<string, { default: unknown; enum?: string[] }> };
    commands: Array<{ command: string; title: string; category: string }>;
  };
  scripts: Record<string, string>;
};

test('the language plan for *.plan, with its grammar, snippets and configuration', () => {
  const c = pkg.contributes;
  assert.deepEqual(
    c.languages.map((l) => [l.id, l.extensions]),
    [['plan', ['.plan']]],
  );
  assert.deepEqual(c.grammars, [{ language: 'plan', scopeName: 'source.plan', path: './syntaxes/plan.tmLanguage.json' }]);
  assert.deepEqual(c.snippets, [{ language: 'plan', path: './snippets/plan.code-snippets' }]);
  for (const p of [c.languages[0]?.configuration ?? '', ...c.grammars.map((g) => g.path), ...c.snippets.map((s) => s.path)]) {
    assert.ok(fs.existsSync(path.join(EXTENSION_ROOT, p)), `${p} exists`);
    JSON.parse(read(p));
  }
  assert.equal((JSON.parse(read('syntaxes/plan.tmLanguage.json')) as { scopeName: string }).scopeName, 'source.plan');
});

test('the settings, with their defaults', () => {
  const props = pkg.contributes.configuration.properties;
  assert.deepEqual(Object.keys(props).sort(), ['planlint.lang', 'planlint.path', 'planlint.profile', 'planlint.trace.server']);
  assert.equal(props['planlint.path']?.default, '');
  assert.equal(props['planlint.profile']?.default, 'specialsektoren');
  assert.deepEqual(props['planlint.profile']?.enum, [...PROFILES]);
  assert.equal(props['planlint.lang']?.default, 'da');
  assert.deepEqual(props['planlint.lang']?.enum, ['da', 'en']);
  assert.deepEqual(props['planlint.trace.server']?.enum, ['off', 'messages', 'verbose']);
  // src/settings.ts reads exactly these keys.
  const settingsSource = read('src/settings.ts');
  for (const key of Object.keys(props)) assert.ok(settingsSource.includes(`'${key.slice('planlint.'.length)}'`), `${key} is read`);
});

test('the three commands, in Danish, each registered by the extension', () => {
  const titles = pkg.contributes.commands.map((c) => `${c.category}: ${c.title}`);
  assert.deepEqual(titles, ['Planlint: Vis dagsorden', 'Planlint: Ret alle sikre fejl', 'Planlint: Genstart serveren']);
  const source = read('src/extension.ts') + read('src/status.ts');
  for (const c of pkg.contributes.commands) {
    assert.ok(source.includes(`'${c.command}'`), `${c.command} is registered`);
  }
  assert.match(read('src/extension.ts'), /registerCommand\(RESTART_COMMAND/);
});

test('the bundle is the entry point, vscode-languageclient the only runtime dependency', () => {
  assert.equal(pkg.main, './dist/extension.js');
  assert.deepEqual(Object.keys(pkg.dependencies), ['vscode-languageclient']);
  assert.ok(pkg.activationEvents.includes('onLanguage:plan'));
  // vsce refuses an @types/vscode newer than the engine.
  const engine = pkg.engines.vscode.replace(/^\^/, '');
  assert.equal(pkg.devDependencies['@types/vscode'], engine);
});

test('the word pattern keeps Danish words, dates and ids whole', () => {
  const config = JSON.parse(read('language-configuration.json')) as { wordPattern: string; comments: { lineComment: string } };
  assert.equal(config.comments.lineComment, '//');
  const re = new RegExp(config.wordPattern, 'g');
  const words = (s: string) => s.match(re);
  assert.deepEqual(words('Ønsker: Støttebehov på Æblegården'), ['Ønsker', 'Støttebehov', 'på', 'Æblegården']);
  assert.deepEqual(words('Start: 01-02-2026, slut 2026-12-31'), ['Start', '01-02-2026', 'slut', '2026-12-31']);
  assert.deepEqual(words('Handleplan: H1 og H2; Delmål 1.2'), ['Handleplan', 'H1', 'og', 'H2', 'Delmål', '1.2']);
  assert.deepEqual(words('søskende-samvær'), ['søskende-samvær']);
});

test('the committed grammar is what scripts/build-grammar.mjs generates', () => {
  execFileSync(process.execPath, [path.join(EXTENSION_ROOT, 'scripts', 'build-grammar.mjs'), '--check'], { stdio: 'pipe' });
});

test('only extension.ts and config.ts import vscode; the logic is plain Node', () => {
  const dir = path.join(EXTENSION_ROOT, 'src');
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const source = fs.readFileSync(path.join(dir, file), 'utf8');
    const importsVscode = /^import[^;]*from '(vscode|vscode-languageclient[^']*)';/m.test(source);
    assert.equal(importsVscode, file === 'extension.ts' || file === 'config.ts', file);
  }
});
