import assert from 'node:assert/strict';
import { test } from 'node:test';

import { CrashPolicy } from '../../src/restarts';

test('a crashed server is restarted up to 4 times in 3 minutes, then left stopped', () => {
  let now = 0;
  const p = new CrashPolicy(4, 180_000, () => now);
  for (let i = 0; i < 4; i++) {
    now += 1000;
    assert.equal(p.shouldRestart(), true, `crash ${i + 1}`);
  }
  now += 1000;
  assert.equal(p.shouldRestart(), false);
});

test('old crashes fall out of the window, and a restart by the user starts afresh', () => {
  let now = 0;
  const p = new CrashPolicy(1, 1000, () => now);
  assert.equal(p.shouldRestart(), true);
  now = 5000;
  assert.equal(p.shouldRestart(), true);
  assert.equal(p.shouldRestart(), false);
  p.reset();
  assert.equal(p.shouldRestart(), true);
});
