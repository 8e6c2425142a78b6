import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';

import { foldingRanges, REGION_END, REGION_START } from '../../src/folding';
import { EXTENSION_ROOT } from './root';

test('headings fold to the next heading of the same or a higher level, without trailing blank lines', () => {
  const lines = [
    '# Individuel plan', //          0
    'Borger: Asta', //               1
    '', //                           2
    '## Mål 1: Asta tager trøjen på', // 3
    'Start: 01-02-2026', //          4
    '### Delmål 1.1: skuffen', //    5
    'Start: 01-02-2026', //          6
    '#### Evaluering 27-02-2026', // 7
    'Beslutning: fortsæt', //        8
    '', //                           9
    '### Evaluering 28-04-2026', //  10
    'Beslutning: fortsæt', //        11
    '', //                           12
    '## Status 10-07-2026', //       13
    'Periode: 01-02-2026 til 30-06-2026', // 14
    '', //                           15
  ];
  assert.deepEqual(foldingRanges(lines), [
    { start: 0, end: 14 },
    { start: 3, end: 11 },
    { start: 5, end: 8 },
    { start: 7, end: 8 },
    { start: 10, end: 11 },
    { start: 13, end: 14 },
  ]);
});

test('a heading with nothing under it does not fold; #Mål is not a heading', () => {
  assert.deepEqual(foldingRanges(['## Ønsker', '', '## Mål 1: x', '#Mål 2', 'tekst']), [{ start: 2, end: 4 }]);
});

test('// region ... // slut-region blocks fold as regions', () => {
  const lines = ['# Individuel plan', '// region Gamle mål', 'tekst', '// slut-region', 'Borger: x'];
  assert.deepEqual(foldingRanges(lines), [
    { start: 0, end: 4 },
    { start: 1, end: 3, kind: 'region' },
  ]);
});

test('the region markers are the same as in language-configuration.json', () => {
  const config = JSON.parse(fs.readFileSync(path.join(EXTENSION_ROOT, 'language-configuration.json'), 'utf8')) as {
    folding: { markers: { start: string; end: string } };
  };
  assert.equal(new RegExp(config.folding.markers.start).source, REGION_START.source);
  assert.equal(new RegExp(config.folding.markers.end).source, REGION_END.source);
});
