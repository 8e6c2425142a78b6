#!/usr/bin/env node
// Builds the .vsix: bundles the client (vscode:prepublish -> npm run bundle) and packages it with
// vsce, without node_modules (everything the extension runs is in dist/extension.js).
//
//   npm run package                                   -> dist/planlint-<version>.vsix
//   PLANLINT_BUNDLE_BINARY=build/linter/planlint npm run package
//                                                     -> dist/planlint-<platform>-<arch>-<version>.vsix
//     with that planlint inside (bin/<platform>-<arch>/planlint), for machines without planlint on PATH.
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const require = createRequire(join(root, 'package.json'));
const vsce = join(dirname(require.resolve('@vscode/vsce/package.json')), 'vsce');

const args = ['package', '--no-dependencies', '--skip-license', '--allow-missing-repository'];
let out = join(root, 'dist', `${pkg.name}-${pkg.version}.vsix`);
const binary = process.env.PLANLINT_BUNDLE_BINARY;
const binDir = join(root, 'bin');
rmSync(binDir, { recursive: true, force: true });
if (binary) {
  // vsce's platform names are Node's, except that it calls 32-bit ARM "armhf".
  const target = `${process.platform}-${process.arch === 'arm' ? 'armhf' : process.arch}`;
  const exe = process.platform === 'win32' ? 'planlint.exe' : 'planlint';
  const dest = join(binDir, `${process.platform}-${process.arch}`, exe);
  mkdirSync(dirname(dest), { recursive: true });
  copyFileSync(resolve(binary), dest);
  chmodSync(dest, 0o755);
  args.push('--target', target);
  out = join(root, 'dist', `${pkg.name}-${target}-${pkg.version}.vsix`);
}
mkdirSync(dirname(out), { recursive: true });
args.push('--out', out);

const r = spawnSync(process.execPath, [vsce, ...args], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
if (binary) rmSync(binDir, { recursive: true, force: true });
if (r.status !== 0) {
  console.error(`vsce package failed (${r.status ?? r.signal})`);
  process.exit(1);
}
console.log(out);
