import assert from 'node:assert/strict';
import { test } from 'node:test';

import { countFindings, describeCounts, StatusController, statusView, type StatusBarItemLike } from '../../src/status';

const E = 0;
const W = 1;
const I = 2;
const H = 3;

test('countFindings counts planlint diagnostics by severity and ignores other sources', () => {
  const c = countFindings([
    { severity: E, source: 'planlint' },
    { severity: W, source: 'planlint' },
    { severity: W, source: 'planlint' },
    { severity: I, source: 'planlint' },
    { severity: H, source: 'planlint' },
    { severity: E, source: 'cSpell' },
  ]);
  assert.deepEqual(c, { errors: 1, warnings: 2, infos: 2, total: 5 });
});

test('describeCounts in Danish, with singular and plural', () => {
  assert.equal(describeCounts({ errors: 0, warnings: 0, infos: 0, total: 0 }), 'ingen fund');
  assert.equal(describeCounts({ errors: 1, warnings: 0, infos: 0, total: 1 }), '1 fejl');
  assert.equal(describeCounts({ errors: 0, warnings: 1, infos: 0, total: 1 }), '1 advarsel');
  assert.equal(describeCounts({ errors: 2, warnings: 3, infos: 0, total: 5 }), '2 fejl og 3 advarsler');
  assert.equal(describeCounts({ errors: 2, warnings: 1, infos: 1, total: 4 }), '2 fejl, 1 advarsel og 1 bemærkning');
  assert.equal(describeCounts({ errors: 0, warnings: 0, infos: 4, total: 4 }), '4 bemærkninger');
});

test('the status bar shows the state, the number of findings, and what a click does', () => {
  const none = { errors: 0, warnings: 0, infos: 0, total: 0 };
  const some = { errors: 1, warnings: 2, infos: 0, total: 3 };
  assert.equal(statusView('running', none).text, '$(check) planlint: 0 fund');
  assert.equal(statusView('running', some).text, '$(error) planlint: 3 fund');
  assert.equal(statusView('running', { errors: 0, warnings: 1, infos: 0, total: 1 }).text, '$(warning) planlint: 1 fund');
  assert.match(statusView('running', some, 'planlint 0.1.0 (/usr/bin/planlint)').tooltip, /1 fejl og 2 advarsler\.\nplanlint 0\.1\.0/);
  assert.match(statusView('starting', none).text, /sync~spin/);
  for (const state of ['stopped', 'missing', 'too-old', 'failed'] as const) {
    const view = statusView(state, some);
    assert.equal(view.command, 'planlint.restartServer', state);
    assert.doesNotMatch(view.text, /\d+ fund/, `${state}: no count when the server is not running`);
  }
  assert.equal(statusView('missing', none).text, '$(warning) planlint: ikke fundet');
  assert.equal(statusView('too-old', none).text, '$(warning) planlint: for gammel');
  assert.equal(statusView('running', none).command, 'planlint.showOutput');
});

test('StatusController keeps a status bar item (here a fake) up to date', () => {
  let shown = 0;
  const item: StatusBarItemLike = { text: '', tooltip: '', command: undefined, show: () => void shown++ };
  const c = new StatusController(item);
  assert.equal(item.name, 'Planlint');
  assert.equal(shown, 1);
  assert.match(item.text, /sync~spin/);
  c.setState('running', 'planlint 0.1.0');
  assert.equal(item.text, '$(check) planlint: 0 fund');
  c.setFindings([
    { severity: W, source: 'planlint' },
    { severity: W, source: 'planlint' },
  ]);
  assert.equal(item.text, '$(warning) planlint: 2 fund');
  assert.match(String(item.tooltip), /2 advarsler/);
  c.setState('stopped');
  assert.equal(item.command, 'planlint.restartServer');
  assert.deepEqual(c.current.counts.total, 2);
});
