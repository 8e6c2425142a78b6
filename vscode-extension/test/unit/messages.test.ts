import assert from 'node:assert/strict';
import { test } from 'node:test';

import * as msg from '../../src/messages';

test('a missing planlint says so in Danish and says what to do', () => {
  const notFound = msg.missingBinaryMessage({ kind: 'missing', reason: 'not-found', tried: [] });
  assert.match(notFound, /blev ikke fundet/);
  assert.match(notFound, /PATH/);
  assert.match(notFound, /planlint\.path/);
  assert.match(notFound, /Installér/);
  const badSetting = msg.missingBinaryMessage({ kind: 'missing', reason: 'setting', configured: '/opt/x', tried: ['/opt/x'] });
  assert.match(badSetting, /»planlint\.path« findes ikke/);
  assert.match(badSetting, /\/opt\/x/);
});

test('a planlint that is too old, not planlint, or cannot run: Danish, with the way out', () => {
  const old = msg.versionProblemMessage('/usr/bin/planlint', { kind: 'too-old', version: '0.0.9', minimum: '0.1.0' });
  assert.match(old, /version 0\.0\.9/);
  assert.match(old, /mindst version 0\.1\.0/);
  assert.match(old, /Opdatér planlint/);
  assert.match(msg.versionProblemMessage('/bin/true', { kind: 'unknown', output: '' }), /versionsnummer/);
  assert.match(msg.versionProblemMessage('/x', { kind: 'failed', error: 'EACCES' }), /EACCES.*chmod \+x/);
});

test('the other messages are Danish', () => {
  assert.match(msg.serverStartFailedMessage('spawn EACCES'), /kunne ikke starte: spawn EACCES/);
  assert.match(msg.agendaUnsupportedMessage('/usr/bin/planlint', ''), /kender ikke kommandoen »planlint agenda«/);
  assert.match(msg.agendaFailedMessage(''), /ukendt fejl/);
  assert.match(msg.NO_WORKSPACE_MESSAGE, /Åbn mappen/);
  assert.match(msg.fixAllDoneMessage(), /udført/);
  for (const text of [msg.SERVER_STOPPED_MESSAGE, msg.FIX_ALL_NOTHING_MESSAGE, msg.FIX_ALL_UNTITLED_MESSAGE, msg.FIX_ALL_CLI_DONE_MESSAGE]) {
    assert.match(text, /^Planlint: /);
  }
});
