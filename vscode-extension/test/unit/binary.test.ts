import assert from 'node:assert/strict';
import { test } from 'node:test';

import { bundledCandidates, executableNames, expandConfiguredPath, pathDirectories, resolveBinary, type ResolveInput } from '../../src/binary';

function input(over: Partial<ResolveInput>, executables: string[]): ResolveInput {
  const set = new Set(executables);
  return {
    configuredPath: '',
    envPath: '/usr/local/bin:/usr/bin',
    platform: 'linux',
    arch: 'x64',
    extensionPath: '/ext',
    homeDir: '/home/pia',
    isExecutable: (p) => set.has(p),
    makeExecutable: () => false,
    ...over,
  };
}

test('PATH comes first when planlint.path is empty', () => {
  const r = resolveBinary(input({}, ['/usr/bin/planlint', '/ext/bin/linux-x64/planlint']));
  assert.deepEqual(r, { kind: 'found', path: '/usr/bin/planlint', source: 'path' });
});

test('the first PATH directory with planlint wins', () => {
  const r = resolveBinary(input({}, ['/usr/local/bin/planlint', '/usr/bin/planlint']));
  assert.equal(r.kind === 'found' && r.path, '/usr/local/bin/planlint');
});

test('then the binary bundled in the extension, platform folder first', () => {
  assert.deepEqual(resolveBinary(input({}, ['/ext/bin/linux-x64/planlint', '/ext/bin/planlint'])), {
    kind: 'found',
    path: '/ext/bin/linux-x64/planlint',
    source: 'bundled',
  });
  assert.deepEqual(resolveBinary(input({}, ['/ext/bin/planlint'])), { kind: 'found', path: '/ext/bin/planlint', source: 'bundled' });
});

test('a bundled binary that lost its executable bit when the .vsix was unpacked is made executable', () => {
  const fixed: string[] = [];
  const r = resolveBinary(
    input({ makeExecutable: (p) => (p === '/ext/bin/linux-x64/planlint' ? (fixed.push(p), true) : false) }, []),
  );
  assert.deepEqual(r, { kind: 'found', path: '/ext/bin/linux-x64/planlint', source: 'bundled' });
  assert.deepEqual(fixed, ['/ext/bin/linux-x64/planlint']);
  // Never a program from PATH or from the setting: those are the user's.
  const fromSetting = resolveBinary(input({ configuredPath: '/opt/p', makeExecutable: () => true }, []));
  assert.equal(fromSetting.kind, 'missing');
});

test('nothing found: missing, with every place tried', () => {
  const r = resolveBinary(input({}, []));
  assert.equal(r.kind, 'missing');
  if (r.kind !== 'missing') return;
  assert.equal(r.reason, 'not-found');
  assert.deepEqual(r.tried, ['/usr/local/bin/planlint', '/usr/bin/planlint', '/ext/bin/linux-x64/planlint', '/ext/bin/planlint']);
});

test('an absolute planlint.path is used as it is', () => {
  const r = resolveBinary(input({ configuredPath: '/opt/planlint/bin/planlint' }, ['/opt/planlint/bin/planlint', '/usr/bin/planlint']));
  assert.deepEqual(r, { kind: 'found', path: '/opt/planlint/bin/planlint', source: 'setting' });
});

test('a planlint.path that does not exist is reported, not replaced by the one on PATH', () => {
  const r = resolveBinary(input({ configuredPath: '/opt/nope/planlint' }, ['/usr/bin/planlint']));
  assert.deepEqual(r, { kind: 'missing', reason: 'setting', configured: '/opt/nope/planlint', tried: ['/opt/nope/planlint'] });
});

test('a bare name in planlint.path is looked up on PATH', () => {
  const r = resolveBinary(input({ configuredPath: 'planlint-dev' }, ['/usr/bin/planlint-dev']));
  assert.deepEqual(r, { kind: 'found', path: '/usr/bin/planlint-dev', source: 'setting' });
});

test('~, ${userHome}, ${workspaceFolder} and relative paths in planlint.path', () => {
  const base = input({ workspaceFolder: '/work/planer' }, []);
  assert.equal(expandConfiguredPath('~/bin/planlint', base), '/home/pia/bin/planlint');
  assert.equal(expandConfiguredPath('${userHome}/bin/planlint', base), '/home/pia/bin/planlint');
  assert.equal(expandConfiguredPath('${workspaceFolder}/build/linter/planlint', base), '/work/planer/build/linter/planlint');
  assert.equal(expandConfiguredPath('build/linter/planlint', base), '/work/planer/build/linter/planlint');
  assert.equal(expandConfiguredPath('  /abs/planlint  ', base), '/abs/planlint');
  const r = resolveBinary(input({ configuredPath: './build/linter/planlint', workspaceFolder: '/work/planer' }, ['/work/planer/build/linter/planlint']));
  assert.deepEqual(r, { kind: 'found', path: '/work/planer/build/linter/planlint', source: 'setting' });
});

test('Windows: PATH with ;, PATHEXT, quoted directories and planlint.exe in the extension', () => {
  assert.deepEqual(pathDirectories('C:\\a;"C:\\Program Files\\planlint";;', 'win32'), ['C:\\a', 'C:\\Program Files\\planlint']);
  assert.deepEqual(executableNames('planlint', 'win32', '.EXE;.CMD'), ['planlint.exe', 'planlint.cmd', 'planlint']);
  assert.deepEqual(executableNames('planlint.exe', 'win32', '.EXE;.CMD'), ['planlint.exe']);
  assert.deepEqual(bundledCandidates('C:\\ext', 'win32', 'x64'), ['C:\\ext\\bin\\win32-x64\\planlint.exe', 'C:\\ext\\bin\\planlint.exe']);
  const r = resolveBinary({
    configuredPath: '',
    envPath: 'C:\\Windows;C:\\Program Files\\planlint',
    envPathExt: '.COM;.EXE',
    platform: 'win32',
    arch: 'x64',
    extensionPath: 'C:\\ext',
    isExecutable: (p) => p === 'C:\\Program Files\\planlint\\planlint.exe',
  });
  assert.deepEqual(r, { kind: 'found', path: 'C:\\Program Files\\planlint\\planlint.exe', source: 'path' });
});

test('POSIX: empty PATH entries are skipped and an unset PATH finds nothing on it', () => {
  assert.deepEqual(pathDirectories('/a::/b:', 'linux'), ['/a', '/b']);
  assert.deepEqual(pathDirectories(undefined, 'linux'), []);
  const r = resolveBinary(input({ envPath: undefined }, ['/ext/bin/planlint']));
  assert.equal(r.kind === 'found' && r.source, 'bundled');
});

test('the default executable check accepts an executable file and rejects a folder or plain file', async () => {
  const { defaultIsExecutable } = await import('../../src/binary');
  const fs = await import('node:fs');
  const os = await import('node:os');
  const path = await import('node:path');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'planlint-bin-'));
  try {
    const exe = path.join(dir, 'planlint');
    fs.writeFileSync(exe, '#!/bin/sh\necho 0.1.0\n', { mode: 0o755 });
    const plain = path.join(dir, 'readme.txt');
    fs.writeFileSync(plain, 'x', { mode: 0o644 });
    assert.equal(defaultIsExecutable(exe), true);
    assert.equal(defaultIsExecutable(dir), false);
    assert.equal(defaultIsExecutable(path.join(dir, 'missing')), false);
    if (process.platform !== 'win32') {
      assert.equal(defaultIsExecutable(plain), false);
      const { defaultMakeExecutable } = await import('../../src/binary');
      assert.equal(defaultMakeExecutable(plain), true);
      assert.equal(defaultIsExecutable(plain), true);
      assert.equal(defaultMakeExecutable(path.join(dir, 'missing')), false);
    }
    const r = resolveBinary({ configuredPath: '', envPath: dir, platform: process.platform, arch: process.arch, extensionPath: '/nonexistent' });
    assert.deepEqual(r, { kind: 'found', path: exe, source: 'path' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
