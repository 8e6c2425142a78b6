// The snippets write plans that planlint reads without a structure diagnostic (PL000-PL025).
// Each snippet is expanded as if the user pressed Tab through it (defaults, first choices) on
// 10-08-2026, put where it belongs in a plan, and checked by the built planlint:
//   planlint check --today 2026-08-10 --ignore ALL
// The program comes from PLANLINT_BINARY (ctest passes $<TARGET_FILE:planlint>); without it the
// tests are skipped with a message saying so.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';

import { dateVariables, expandSnippet, type ExpandOptions } from '../../src/snippets';
import { MIN_VERSION, probeVersion } from '../../src/version';
import { EXTENSION_ROOT } from '../unit/root';

const TODAY = '2026-08-10';
const binary = process.env['PLANLINT_BINARY'] ?? '';
const skip = binary === '' ? 'PLANLINT_BINARY is not set: give the path of the built planlint (ctest does)' : false;
if (binary !== '' && !fs.existsSync(binary)) throw new Error(`PLANLINT_BINARY=${binary} does not exist`);

interface SnippetDef {
  body: string | string[];
}
const snippets = JSON.parse(fs.readFileSync(path.join(EXTENSION_ROOT, 'snippets', 'plan.code-snippets'), 'utf8')) as Record<string, SnippetDef>;

function expand(name: string, extra: Partial<ExpandOptions> = {}): string {
  const s = snippets[name];
  assert.ok(s, `snippet ${name}`);
  return expandSnippet(s.body, { variables: dateVariables(TODAY), ...extra });
}

/** A plan head and handleplan without goals, for the snippets that go inside a plan. */
const BASE = [
  '# Individuel plan',
  'Borger: Testbarn',
  'Område: børn',
  'Skabelon: ICS',
  '',
  '## Handleplan',
  'Lovgrundlag: Barnets lov § 91',
  'Dato: 10-01-2026',
  'Formål: En stabil hverdag.',
  '- H1: Barnet udvikler sin kommunikation.',
  '',
].join('\n');

interface Diagnostic {
  code: string;
  rule: string;
  severity: string;
  message: string;
  start: { line: number; column: number };
}

function check(text: string, args: string[]): Diagnostic[] {
  const r = spawnSync(
    binary,
    ['check', '--today', TODAY, '--no-cache', '--format', 'json', '--exit-zero', ...args, '--stdin-filename', 'snippet.plan', '-'],
    { input: text, encoding: 'utf8' },
  );
  assert.equal(r.status, 0, `planlint check failed (${String(r.status)}): ${r.stderr}`);
  return JSON.parse(r.stdout) as Diagnostic[];
}

const isStructure = (d: Diagnostic) => /^PL0\d\d$/.test(d.code);

function numbered(text: string): string {
  return text
    .split('\n')
    .map((l, i) => `${String(i + 1).padStart(3)} | ${l}`)
    .join('\n');
}

function assertNoStructureDiagnostics(text: string, what: string): void {
  const found = check(text, ['--ignore', 'ALL']).filter(isStructure);
  assert.deepEqual(
    found.map((d) => `${d.start.line}:${d.start.column} ${d.code} ${d.message}`),
    [],
    `${what}: structure diagnostics in\n${numbered(text)}`,
  );
}

test('planlint is new enough for the extension', { skip }, async () => {
  const v = await probeVersion(binary);
  assert.equal(v.kind, 'ok', `planlint --version: ${JSON.stringify(v)} (extension needs ${MIN_VERSION})`);
});

test('"Ny individuel plan" alone is a plan without structure diagnostics', { skip }, () => {
  assertNoStructureDiagnostics(expand('Ny individuel plan'), 'Ny individuel plan');
});

test('"Mål" under a handleplan', { skip }, () => {
  assertNoStructureDiagnostics(`${BASE}\n${expand('Mål')}`, 'Mål');
});

test('"Delmål" under its Mål', { skip }, () => {
  assertNoStructureDiagnostics(`${BASE}\n${expand('Mål')}\n${expand('Delmål')}`, 'Delmål');
});

test('"Evaluering" (###) under a Mål and (####) under a Delmål', { skip }, () => {
  assertNoStructureDiagnostics(`${BASE}\n${expand('Mål')}\n${expand('Evaluering')}`, 'Evaluering ###');
  assertNoStructureDiagnostics(
    `${BASE}\n${expand('Mål')}\n${expand('Delmål')}\n${expand('Evaluering', { choices: { 1: '####' } })}`,
    'Evaluering ####',
  );
});

test('"Status" after the goals', { skip }, () => {
  assertNoStructureDiagnostics(`${BASE}\n${expand('Mål')}\n${expand('Status')}`, 'Status');
});

test('every choice of every snippet is a value planlint accepts', { skip }, () => {
  // Område, Skabelon, Lovgrundlag, Tema, Evaluering and Beslutning: each option in turn.
  for (const [name, context] of [
    ['Ny individuel plan', (s: string) => s],
    ['Mål', (s: string) => `${BASE}\n${s}`],
    ['Evaluering', (s: string) => `${BASE}\n${expand('Mål')}\n${s}`],
  ] as const) {
    const body = snippets[name]?.body ?? [];
    const text = Array.isArray(body) ? body.join('\n') : body;
    for (const m of text.matchAll(/\$\{(\d+)\|([^|]*)\|\}/g)) {
      const index = Number(m[1]);
      for (const option of (m[2] ?? '').split(',')) {
        if (option.startsWith('#')) continue; // heading levels: covered above
        assertNoStructureDiagnostics(context(expand(name, { choices: { [index]: option } })), `${name} with ${option}`);
      }
    }
  }
});

test('a whole plan written with the snippets only', { skip }, () => {
  const plan = [
    expand('Ny individuel plan'),
    expand('Delmål'),
    expand('Evaluering', { choices: { 1: '####' } }),
    expand('Evaluering'),
    expand('Mål', { values: { 1: '2' }, choices: { 4: 'sociale relationer' } }),
    expand('Evaluering'),
    expand('Status', { values: { 6: 'Mål 1, Delmål 1.1, Mål 2' } }),
  ].join('\n');
  assertNoStructureDiagnostics(plan, 'the whole plan');

  // With every rule on: what the snippets ask for is all there (the default profile's required
  // sections, the SMARTE fields, complete evaluations and status). Findings that depend on what
  // the user writes or on dates are not the snippets' business.
  const completeness = new Set([
    'PL101', 'PL102', 'PL103', 'PL104', 'PL105', 'PL106', 'PL107', 'PL109', 'PL110', 'PL112', 'PL113',
    'PL201', 'PL202', 'PL205', 'PL206', 'PL207', 'PL208', 'PL301', 'PL304',
  ]);
  const missing = check(plan, []).filter((d) => isStructure(d) || completeness.has(d.code));
  assert.deepEqual(
    missing.map((d) => `${d.start.line}:${d.start.column} ${d.code} ${d.message}`),
    [],
    `findings about missing parts in\n${numbered(plan)}`,
  );
});
