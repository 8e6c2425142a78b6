// Tests of scripts/check-node-engines.mjs (ctest npm_node_engines_selftest): its npm range
// reading, the lock-file check and the command line. ctest npm_node_engines runs it on the
// committed lock files.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { checkLock, parseVersion, satisfies } from '../../scripts/check-node-engines.mjs';

const script = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'scripts', 'check-node-engines.mjs');
const v18 = [18, 19, 0];

// [range, version, expected] with expected as node-semver's satisfies() answers, or undefined
// where the range cannot be read.
const cases = [
  // ranges found in the trees' lock files
  ['>=20.18.1', v18, false],
  ['>=20', v18, false],
  ['20 || >=22', v18, false],
  ['18 || 20 || >=22', v18, true],
  ['>=18.14.0', v18, true],
  ['>= 16', v18, true],
  ['>=16 || 14 >=14.17', v18, true],
  ['>=16 || 14 >=14.17', [14, 16, 0], false],
  ['>=16 || 14 >=14.17', [14, 17, 0], true],
  ['>= 12.11.*', v18, true],
  ['>=0.6.11 <=0.7.0 || >=0.7.3', v18, true],
  ['>=0.6.11 <=0.7.0 || >=0.7.3', [0, 7, 1], false],
  ['^12.20.0 || ^14.13.1 || >=16.0.0', v18, true],
  ['4.x || >=6.0.0', [5, 0, 0], false],
  ['>=0.4.x', v18, true],
  ['*', v18, true],
  ['', v18, true],
  // primitives on full and partial versions
  ['>18.19.0', v18, false],
  ['>=18.19.0', v18, true],
  ['<18.19.0', v18, false],
  ['<=18.19.0', v18, true],
  ['>18.18.9', v18, true],
  ['<18.19.1', v18, true],
  ['>18.18', v18, true],
  ['>18.19', v18, false],
  ['>18', v18, false],
  ['<18.19', v18, false],
  ['<18.20', v18, true],
  ['<=18.19', v18, true],
  ['<=18', v18, true],
  ['<=17', v18, false],
  ['18.19.x', v18, true],
  ['18.x', v18, true],
  ['=18.19.0', v18, true],
  ['v18.19.0', v18, true],
  ['18.19.1', v18, false],
  // tilde and caret
  ['~18.19.0', v18, true],
  ['~18.18', v18, false],
  ['~>18.19', v18, true],
  ['^18.20', v18, false],
  ['^18.0.1', v18, true],
  ['^17.9', v18, false],
  ['^0.2.3', v18, false],
  ['^0.2.3', [0, 2, 9], true],
  ['^0.2.3', [0, 3, 0], false],
  ['^0.0.3', [0, 0, 3], true],
  ['^0.0.3', [0, 0, 4], false],
  ['^0.0', [0, 0, 9], true],
  ['^0.0', [0, 1, 0], false],
  ['^0.x', [0, 9, 0], true],
  // hyphen ranges: a partial upper end covers its whole minor or major
  ['18.0.0 - 18.19', v18, true],
  ['16 - 18', v18, true],
  ['16 - 18.18', v18, false],
  ['18.20 - 20', v18, false],
  ['18.19.0 - 18.19.0', v18, true],
  ['* - 18', v18, true],
  // prerelease tags sit just below their release
  ['>=18.19.0-0', v18, true],
  ['<18.19.0-beta', v18, false],
  ['>18.19.0-rc.1', v18, true],
  ['18.19.0-rc.1', v18, false],
  // wildcards
  ['>=*', v18, true],
  ['>*', v18, false],
  ['<*', v18, false],
  // what cannot be read is reported, never guessed
  ['1.x.3', v18, undefined],
  ['node >= 18', v18, undefined],
  ['>=18 ||| 20', v18, undefined],
  ['latest', v18, undefined],
];

test('satisfies() reads npm ranges as node-semver does', () => {
  for (const [range, version, expected] of cases) {
    assert.equal(satisfies(version, range), expected, `${JSON.stringify(range)} with ${version.join('.')}`);
  }
});

test('parseVersion() takes X.Y.Z only', () => {
  assert.deepEqual(parseVersion('18.19.0'), [18, 19, 0]);
  for (const bad of ['18', '18.19', 'v18.19.0', '18.19.0-rc.1', '', 'x.y.z']) {
    assert.equal(parseVersion(bad), undefined, bad);
  }
});

const versions = { node: [18, 19, 0], npm: [9, 2, 0] };

test('checkLock() lists each package whose engines exclude the versions', () => {
  const lock = {
    packages: {
      '': { name: 'tree', engines: { vscode: '^1.82.0' } },
      'node_modules/ok': { version: '1.0.0', engines: { node: '>=18' } },
      'node_modules/none': { version: '1.0.0' },
      'node_modules/undici': { version: '7.30.2', engines: { node: '>=20.18.1' } },
      'node_modules/a/node_modules/b': { version: '2.0.0', engines: ['node >= 20', 'npm >= 1'] },
      'node_modules/new-npm': { version: '3.0.0', engines: { node: '*', npm: '>=10' } },
      'node_modules/odd': { version: '0.1.0', engines: { node: 'latest' } },
      'node_modules/not-a-string': { version: '0.1.0', engines: { node: 18 } },
    },
  };
  assert.deepEqual(checkLock(lock, versions), [
    'node_modules/undici@7.30.2: engines.node is ">=20.18.1", which excludes node 18.19.0',
    'node_modules/a/node_modules/b@2.0.0: engines.node is ">= 20", which excludes node 18.19.0',
    'node_modules/new-npm@3.0.0: engines.npm is ">=10", which excludes npm 9.2.0',
    'node_modules/odd@0.1.0: cannot read engines.node "latest"; check it by hand',
    'node_modules/not-a-string@0.1.0: cannot read engines.node 18; check it by hand',
  ]);
});

test('checkLock() checks the project itself too', () => {
  const lock = { packages: { '': { name: 'tree', engines: { node: '>=20' } } } };
  assert.deepEqual(checkLock(lock, versions), [
    '(the project itself): engines.node is ">=20", which excludes node 18.19.0',
  ]);
});

function run(lock, ...args) {
  const dir = mkdtempSync(join(tmpdir(), 'check-node-engines-'));
  try {
    const file = join(dir, 'package-lock.json');
    if (lock !== undefined) writeFileSync(file, typeof lock === 'string' ? lock : JSON.stringify(lock));
    return spawnSync(process.execPath, [script, ...args, file], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('the command line: exit 0 when every package accepts the versions', () => {
  const packages = { '': {}, 'node_modules/x': { version: '1.0.0', engines: { node: '>=18' } } };
  const r = run({ lockfileVersion: 3, packages });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /2 packages accept node 18\.19\.0 and npm 9\.2\.0/);
});

test('the command line: exit 1 with each package that does not, and how to fix it', () => {
  const packages = { 'node_modules/cheerio': { version: '1.2.0', engines: { node: '>=20.18.1' } } };
  const lock = { lockfileVersion: 3, packages };
  const r = run(lock);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /cheerio@1\.2\.0: engines\.node is ">=20\.18\.1", which excludes node 18\.19\.0/);
  assert.match(r.stderr, /overrides/);
  assert.equal(run(lock, '--node', '20.18.1').status, 0);
});

test('the command line: exit 1 for a lock file without packages (lockfileVersion 1)', () => {
  const r = run({ lockfileVersion: 1, dependencies: {} });
  assert.equal(r.status, 1);
  assert.match(r.stderr, /no "packages"/);
});

test('the command line: exit 2 for a lock file that cannot be read, or a bad option', () => {
  assert.equal(run(undefined).status, 2);
  const broken = run('{ "packages": ');
  assert.equal(broken.status, 2);
  assert.match(broken.stderr, /cannot read the lock file/);
  assert.equal(run({ packages: {} }, '--node', '18').status, 2);
  assert.equal(run({ packages: {} }, '--frobnicate').status, 2);
});
