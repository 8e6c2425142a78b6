#!/usr/bin/env node
// Fails when a package in a committed package-lock.json declares an `engines` range that
// excludes the Node.js or npm of Debian 12 (nodejs 18.19 or a later 18, npm 9.2), which the
// npm trees must install (`npm ci`) and run on. npm itself only warns (EBADENGINE) and
// installs anyway, so a too-new package shows up only at run time, e.g. as
// `ReferenceError: File is not defined`.
//
//   node scripts/check-node-engines.mjs                 the four trees' lock files
//   node scripts/check-node-engines.mjs [--node X.Y.Z] [--npm X.Y.Z] LOCK...
//
// Exit status: 0 every package accepts both versions, 1 some do not (each is listed) or a
// range cannot be read, 2 usage error or a lock file that cannot be read.
//
// The range check follows node-semver's grammar (`||`, hyphen ranges, x-ranges, `~`, `^`,
// primitives with or without a space after the operator) for a release version without a
// prerelease tag; no npm package is needed, so it runs before any `npm ci`.
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_LOCKS = ['vscode-extension', 'tests/js', 'tests/lsp/node', 'bench/peer'].map((d) =>
  join(d, 'package-lock.json'),
);
const DEFAULT_NODE = '18.19.0';
const DEFAULT_NPM = '9.2.0';

const WILD = null; // an `x`, `X` or `*` part of a partial version
const PART = String.raw`(\d+|[xX*])`;
const PARTIAL = new RegExp(
  String.raw`^v?${PART}(?:\.${PART}(?:\.${PART}(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z.-]+)?)?)?$`,
);
const COMPARATOR = /^(<=|>=|<|>|=|~>|~|\^)?(.*)$/;

/** Parses `1`, `1.2`, `1.x`, `1.2.3-beta.1`, `*` into {M, m, p, pre} with null for wildcards. */
function parsePartial(text) {
  const g = PARTIAL.exec(text);
  if (!g) return undefined;
  const num = (s) => (s === undefined || /^[xX*]$/.test(s) ? WILD : Number(s));
  const [M, m, p] = [num(g[1]), num(g[2]), num(g[3])];
  // After a wildcard only wildcards: `1.x.x` is read, `1.x.3` is not (as node-semver does).
  if ((M === WILD && g[2] !== undefined && m !== WILD) || (m === WILD && g[3] !== undefined && p !== WILD)) {
    return undefined;
  }
  return { M, m: M === WILD ? WILD : m, p: m === WILD ? WILD : p, pre: g[4] ?? '' };
}

/** Parses `X.Y.Z` (the version checked against the ranges); undefined when it is anything else. */
export function parseVersion(text) {
  const g = /^(\d+)\.(\d+)\.(\d+)$/.exec(text);
  return g ? [Number(g[1]), Number(g[2]), Number(g[3])] : undefined;
}

/**
 * Compares release version `v` ([M, m, p]) with bound `b` ({M, m, p, pre}, no wildcards):
 * negative, zero or positive. A bound with a prerelease tag is below the same release.
 */
function compare(v, b) {
  const d = v[0] - b.M || v[1] - b.m || v[2] - b.p;
  if (d !== 0) return d;
  return b.pre ? 1 : 0;
}

const bound = (M, m, p, pre = '') => ({ M, m, p, pre });
const test = {
  '>=': (b) => (v) => compare(v, b) >= 0,
  '>': (b) => (v) => compare(v, b) > 0,
  '<': (b) => (v) => compare(v, b) < 0,
  '<=': (b) => (v) => compare(v, b) <= 0,
  '=': (b) => (v) => compare(v, b) === 0,
};
const ANY = () => true;
const NONE = () => false;

/** The smallest version above every version the partial covers: `1` -> 2.0.0, `1.2` -> 1.3.0. */
function nextAfter(x) {
  return x.m === WILD ? bound(x.M + 1, 0, 0) : bound(x.M, x.m + 1, 0);
}
const floor = (x) => bound(x.M, x.m ?? 0, x.p ?? 0, x.pre);

/** The tests (all must hold) that one comparator such as `>=1.2`, `~1.2.3` or `^0.2` stands for. */
function desugar(op, x) {
  if (x.M === WILD) return op === '<' || op === '>' ? [NONE] : [ANY];
  const partial = x.p === WILD;
  switch (op) {
    case '':
    case '=':
      return partial ? [test['>='](floor(x)), test['<'](nextAfter(x))] : [test['='](x)];
    case '>':
      return partial ? [test['>='](nextAfter(x))] : [test['>'](x)];
    case '>=':
      return [test['>='](floor(x))];
    case '<':
      return [test['<'](floor(x))];
    case '<=':
      return partial ? [test['<'](nextAfter(x))] : [test['<='](x)];
    case '~':
    case '~>':
      return [test['>='](floor(x)), test['<'](nextAfter(x))];
    case '^':
      return [test['>='](floor(x)), test['<'](caretCeiling(x))];
    default:
      throw new Error(`unknown operator ${op}`);
  }
}

/** The exclusive upper bound of `^x`: the next change of its leftmost non-zero part. */
function caretCeiling(x) {
  if (x.M > 0 || x.m === WILD) return bound(x.M + 1, 0, 0);
  if (x.m > 0 || x.p === WILD) return bound(0, x.m + 1, 0);
  return bound(0, 0, x.p + 1);
}

/** `A - B`: at least A (missing parts are 0), at most B (missing parts are wildcards). */
function hyphen(lowText, highText) {
  const low = parsePartial(lowText);
  const high = parsePartial(highText);
  if (!low || !high) return undefined;
  const tests = [];
  if (low.M !== WILD) tests.push(test['>='](floor(low)));
  if (high.M !== WILD) tests.push(high.p === WILD ? test['<'](nextAfter(high)) : test['<='](high));
  return tests;
}

/** One `||` alternative: every comparator must hold. Returns undefined when it cannot be read. */
function parseSet(text) {
  const trimmed = text.trim();
  const h = /^(\S+)\s+-\s+(\S+)$/.exec(trimmed);
  if (h) return hyphen(h[1], h[2]);
  const joined = trimmed.replace(/(<=|>=|<|>|=|~>|~|\^)\s+/g, '$1');
  const tests = [];
  for (const token of joined.split(/\s+/).filter(Boolean)) {
    const [, op = '', rest] = COMPARATOR.exec(token);
    const x = parsePartial(rest);
    if (!x) return undefined;
    tests.push(...desugar(op, x));
  }
  return tests;
}

/**
 * Whether release version `version` ([M, m, p]) satisfies npm range `range`: true or false,
 * or undefined when the range cannot be read.
 */
export function satisfies(version, range) {
  const sets = range.split('||').map(parseSet);
  if (sets.some((s) => s === undefined)) return undefined;
  return sets.some((tests) => tests.every((t) => t(version)));
}

/**
 * The ranges a lock entry's `engines` gives for `engine` ("node" or "npm"): the object form
 * `{ "node": ">=18" }`, and the old array form `["node >= 0.8"]` (npm ignores the latter; it
 * is checked anyway, since it says what the author meant).
 */
function engineRanges(engines, engine) {
  if (engines === undefined || engines === null) return [];
  if (Array.isArray(engines)) {
    return engines
      .filter((e) => typeof e === 'string' && e.trim().startsWith(`${engine} `))
      .map((e) => e.trim().slice(engine.length).trim());
  }
  if (typeof engines !== 'object' || !(engine in engines)) return [];
  return [engines[engine]];
}

/**
 * The problems of one parsed lock file: one string per package whose engines exclude
 * `versions` ({ node: [18, 19, 0], npm: [9, 2, 0] }) or cannot be read.
 */
export function checkLock(lock, versions) {
  const problems = [];
  for (const [path, entry] of Object.entries(lock.packages ?? {})) {
    const name = path === '' ? '(the project itself)' : `${path}@${entry.version ?? '?'}`;
    for (const [engine, version] of Object.entries(versions)) {
      for (const range of engineRanges(entry.engines, engine)) {
        const ok = typeof range === 'string' ? satisfies(version, range) : undefined;
        if (ok === undefined) {
          problems.push(`${name}: cannot read engines.${engine} ${JSON.stringify(range)}; check it by hand`);
        } else if (!ok) {
          problems.push(`${name}: engines.${engine} is "${range}", which excludes ${engine} ${version.join('.')}`);
        }
      }
    }
  }
  return problems;
}

function usage(message) {
  console.error(`check-node-engines: ${message}`);
  console.error('usage: node scripts/check-node-engines.mjs [--node X.Y.Z] [--npm X.Y.Z] [LOCK...]');
  process.exit(2);
}

function parseArgs(argv) {
  const opts = { node: DEFAULT_NODE, npm: DEFAULT_NPM, locks: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--node' || a === '--npm') {
      if (i + 1 >= argv.length) usage(`${a} needs a version`);
      opts[a.slice(2)] = argv[++i];
    } else if (a.startsWith('-')) {
      usage(`unknown option ${a}`);
    } else {
      opts.locks.push(a);
    }
  }
  if (opts.locks.length === 0) opts.locks = DEFAULT_LOCKS.map((l) => join(root, l));
  return opts;
}

function main(argv) {
  const opts = parseArgs(argv);
  const versions = {};
  for (const engine of ['node', 'npm']) {
    versions[engine] = parseVersion(opts[engine]);
    if (!versions[engine]) usage(`--${engine} wants a version X.Y.Z, not "${opts[engine]}"`);
  }
  let failed = false;
  for (const file of opts.locks) {
    const shown = relative(process.cwd(), file) || file;
    let lock;
    try {
      lock = JSON.parse(readFileSync(file, 'utf8'));
    } catch (e) {
      console.error(`${shown}: cannot read the lock file: ${e.message}`);
      process.exit(2);
    }
    const problems = checkLock(lock, versions);
    const count = Object.keys(lock.packages ?? {}).length;
    if (count === 0) problems.push('no "packages" (lockfileVersion 2 or 3 is needed; regenerate it with npm install)');
    for (const p of problems) console.error(`${shown}: ${p}`);
    if (problems.length === 0) console.log(`${shown}: ${count} packages accept node ${opts.node} and npm ${opts.npm}`);
    failed ||= problems.length > 0;
  }
  if (failed) {
    console.error(
      'Pin a version that accepts them (npm "overrides" in package.json for a dependency of a dependency), ' +
        'then regenerate the lock file with Debian\'s npm 9 (see scripts/install-deps.sh).',
    );
  }
  process.exit(failed ? 1 : 0);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
