import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';

import {
  dateVariables,
  expandSnippet,
  KNOWN_VARIABLES,
  parseSnippet,
  SnippetSyntaxError,
  snippetTabStops,
  snippetVariables,
} from '../../src/snippets';
import { EXTENSION_ROOT } from './root';

const vars = { CURRENT_YEAR: '2026', CURRENT_MONTH: '08', CURRENT_DATE: '10' };

test('tab stops, placeholders, choices and variables expand to their defaults', () => {
  assert.equal(expandSnippet('Start: ${1:$CURRENT_DATE-$CURRENT_MONTH-$CURRENT_YEAR}$0', { variables: vars }), 'Start: 10-08-2026');
  assert.equal(expandSnippet('Beslutning: ${1|fortsæt,justér,afslut|}', { variables: {} }), 'Beslutning: fortsæt');
  assert.equal(expandSnippet('Beslutning: ${1|fortsæt,justér,afslut|}', { variables: {}, choices: { 1: 'afslut' } }), 'Beslutning: afslut');
  assert.equal(expandSnippet('${1:a ${2:b} c}|$2|$1', { variables: {} }), 'a b c|b|a b c');
  assert.equal(expandSnippet('$1 og ${1:H1}', { variables: {} }), 'H1 og H1', 'a mirror before its placeholder');
  assert.equal(expandSnippet('${1:first} ${1:second}', { variables: {} }), 'first first', 'the first placeholder gives the value');
  assert.equal(expandSnippet('## Mål ${1:1}: ${2:x} $1', { variables: {}, values: { 1: '2' } }), '## Mål 2: x 2', 'typed values');
  assert.equal(expandSnippet('${1|a,b|}', { variables: {}, values: { 1: 'c' } }), 'c');
  assert.equal(expandSnippet('${2} tom', { variables: {} }), ' tom');
  assert.equal(expandSnippet('${CURRENT_YEAR}/${TM_FILENAME:ny.plan}', { variables: vars, unknownVariable: 'default' }), '2026/ny.plan');
  assert.equal(expandSnippet('$UKENDT', { variables: {}, unknownVariable: 'default' }), 'UKENDT');
  assert.throws(() => expandSnippet('$UKENDT', { variables: {} }), /UKENDT/);
});

test('escapes: \\$, \\} and \\\\; and in choices \\, and \\|', () => {
  assert.equal(expandSnippet('pris \\$5 \\} \\\\ ${1:a\\}b}', { variables: {} }), 'pris $5 } \\ a}b');
  assert.equal(expandSnippet('${1|a\\,b,c\\|d|}', { variables: {} }), 'a,b');
  assert.equal(expandSnippet('${1|a\\,b,c\\|d|}', { variables: {}, choices: { 1: 'c|d' } }), 'c|d');
  // As in the editor, a `$` or `${` that starts nothing is text, and so is a `}` outside a placeholder.
  assert.equal(expandSnippet('kr. $ og $. og ${ og }', { variables: {} }), 'kr. $ og $. og ${ og }');
});

test('arrays of lines are joined with newlines', () => {
  assert.equal(expandSnippet(['# Individuel plan', 'Borger: ${1:Asta}'], { variables: {} }), '# Individuel plan\nBorger: Asta');
});

test('syntax errors are reported with their place', () => {
  assert.throws(() => parseSnippet('${1:abc'), SnippetSyntaxError);
  assert.throws(() => parseSnippet('${1|a,b'), SnippetSyntaxError);
  assert.throws(() => parseSnippet('${1/(.*)/x/}'), /transformationer/);
});

test('variables and tab stops of a snippet', () => {
  const body = ['## Status $CURRENT_DATE-$CURRENT_MONTH-$CURRENT_YEAR', 'Periode: ${1:01-01-$CURRENT_YEAR} til ${2:x}', '$0'];
  assert.deepEqual(snippetVariables(body), ['CURRENT_DATE', 'CURRENT_MONTH', 'CURRENT_YEAR']);
  assert.deepEqual(snippetTabStops(body), [0, 1, 2]);
});

test('dateVariables gives the date variables of a fixed day', () => {
  const d = dateVariables('2026-08-10');
  assert.equal(d['CURRENT_YEAR'], '2026');
  assert.equal(d['CURRENT_MONTH'], '08');
  assert.equal(d['CURRENT_DATE'], '10');
  assert.equal(d['CURRENT_MONTH_NAME'], 'august');
  assert.equal(d['CURRENT_DAY_NAME'], 'mandag');
  assert.throws(() => dateVariables('10-08-2026'));
});

interface SnippetDef {
  prefix: string | string[];
  description: string;
  body: string | string[];
}

test('every snippet in snippets/plan.code-snippets is well formed and Danish', () => {
  const file = path.join(EXTENSION_ROOT, 'snippets', 'plan.code-snippets');
  const snippets = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, SnippetDef>;
  assert.deepEqual(Object.keys(snippets).sort(), ['Delmål', 'Evaluering', 'Mål', 'Ny individuel plan', 'Status']);
  for (const [name, s] of Object.entries(snippets)) {
    assert.ok(s.description.length > 20, `${name}: has a description`);
    assert.match(s.description, /[æøå]|en |et /i, `${name}: Danish description`);
    const prefixes = Array.isArray(s.prefix) ? s.prefix : [s.prefix];
    assert.ok(prefixes.length > 0);
    for (const v of snippetVariables(s.body)) assert.ok(KNOWN_VARIABLES.has(v), `${name}: unknown variable $${v}`);
    const stops = snippetTabStops(s.body);
    assert.equal(stops[0], 0, `${name}: ends with $0`);
    stops.slice(1).forEach((n, i) => assert.equal(n, i + 1, `${name}: tab stops 1..n without gaps`));
  }
  const evaluation = snippets['Evaluering'];
  assert.ok(evaluation);
  assert.match(String(evaluation.body[0]), /Evaluering \$CURRENT_DATE-\$CURRENT_MONTH-\$CURRENT_YEAR$/, 'the evaluation is dated today');
  const status = snippets['Status'];
  assert.ok(status);
  assert.match(String(status.body[0]), /^## Status \$CURRENT_DATE-\$CURRENT_MONTH-\$CURRENT_YEAR$/);
});
