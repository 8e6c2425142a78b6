import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';

import { checkVersion, compareVersions, MIN_VERSION, parseVersion, probeVersion, runProgram, type Runner } from '../../src/version';

const v = (s: string) => {
  const r = parseVersion(s);
  assert.ok(r, `parses ${s}`);
  return r;
};

test('parseVersion finds X.Y.Z in what --version prints', () => {
  assert.deepEqual(parseVersion('0.1.0\n'), { major: 0, minor: 1, patch: 0, pre: '', text: '0.1.0' });
  assert.equal(parseVersion('planlint 1.12.3')?.text, '1.12.3');
  assert.equal(parseVersion('planlint version v2.0.0-rc.1 (build 5)')?.text, '2.0.0-rc.1');
  assert.equal(parseVersion('no version here'), undefined);
  assert.equal(parseVersion('1.2'), undefined);
  assert.equal(parseVersion('1.2.3.4'), undefined);
});

test('compareVersions orders by number, not by text, and releases after pre-releases', () => {
  assert.ok(compareVersions(v('0.10.0'), v('0.9.9')) > 0);
  assert.ok(compareVersions(v('1.0.0'), v('0.99.99')) > 0);
  assert.equal(compareVersions(v('0.1.0'), v('0.1.0')), 0);
  assert.ok(compareVersions(v('0.2.0-rc.1'), v('0.2.0')) < 0);
  assert.ok(compareVersions(v('0.2.0-rc.2'), v('0.2.0-rc.10')) < 0);
  assert.ok(compareVersions(v('0.2.0-alpha'), v('0.2.0-beta')) < 0);
  assert.ok(compareVersions(v('0.2.0-1'), v('0.2.0-alpha')) < 0);
  assert.ok(compareVersions(v('0.2.0-rc'), v('0.2.0-rc.1')) < 0);
});

test('checkVersion: ok, too old, not a version, could not run', () => {
  assert.deepEqual(checkVersion({ stdout: '0.3.1\n', stderr: '' }, '0.2.0'), { kind: 'ok', version: '0.3.1' });
  assert.deepEqual(checkVersion({ stdout: '0.2.0\n', stderr: '' }, '0.2.0'), { kind: 'ok', version: '0.2.0' });
  assert.deepEqual(checkVersion({ stdout: '0.1.9\n', stderr: '' }, '0.2.0'), { kind: 'too-old', version: '0.1.9', minimum: '0.2.0' });
  assert.deepEqual(checkVersion({ stdout: 'Usage: foo\n', stderr: '' }, '0.2.0'), { kind: 'unknown', output: 'Usage: foo' });
  assert.deepEqual(checkVersion({ stdout: '', stderr: '', error: 'ENOENT: spawn x' }, '0.2.0'), { kind: 'failed', error: 'ENOENT: spawn x' });
  // Some programs print their version on standard error.
  assert.deepEqual(checkVersion({ stdout: '', stderr: 'planlint 0.2.0', exitCode: 0 }, '0.2.0'), { kind: 'ok', version: '0.2.0' });
});

test('the minimum version is a valid version', () => {
  assert.ok(parseVersion(MIN_VERSION));
});

test('probeVersion runs `<binary> --version`', async () => {
  const calls: Array<[string, string[]]> = [];
  const runner: Runner = async (command, args) => {
    calls.push([command, args]);
    return { stdout: '0.0.9\n', stderr: '', exitCode: 0 };
  };
  const r = await probeVersion('/usr/bin/planlint', runner, '0.1.0');
  assert.deepEqual(calls, [['/usr/bin/planlint', ['--version']]]);
  assert.deepEqual(r, { kind: 'too-old', version: '0.0.9', minimum: '0.1.0' });
});

test('runProgram: output, exit codes and a program that is not there, without throwing', async () => {
  if (process.platform === 'win32') return;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'planlint-run-'));
  try {
    const ok = path.join(dir, 'ok.sh');
    fs.writeFileSync(ok, '#!/bin/sh\necho 0.4.2\necho warn >&2\n', { mode: 0o755 });
    const bad = path.join(dir, 'bad.sh');
    fs.writeFileSync(bad, '#!/bin/sh\necho "ugyldig kommandolinje" >&2\nexit 2\n', { mode: 0o755 });
    const r1 = await runProgram(ok, []);
    assert.equal(r1.stdout, '0.4.2\n');
    assert.equal(r1.stderr, 'warn\n');
    assert.equal(r1.exitCode, 0);
    assert.equal(r1.error, undefined);
    const r2 = await runProgram(bad, []);
    assert.equal(r2.exitCode, 2);
    assert.match(r2.stderr, /ugyldig/);
    assert.ok(r2.error);
    const r3 = await runProgram(path.join(dir, 'missing'), ['--version']);
    assert.match(r3.error ?? '', /ENOENT/);
    assert.deepEqual(await probeVersion(path.join(dir, 'missing')).then((c) => c.kind), 'failed');
    assert.deepEqual(await probeVersion(ok, runProgram, '0.4.0'), { kind: 'ok', version: '0.4.2' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
