#!/usr/bin/env node
// Compiles the TypeScript (src/ and test/, strict) into a fresh out/<suite>/ and runs
// test/<suite>/ there with node's test runner. Each suite has its own folder, so ctest may
// run them at the same time.
//   node scripts/run-ts-tests.mjs unit|integration
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const suite = process.argv[2];
if (suite !== 'unit' && suite !== 'integration') {
  console.error('usage: run-ts-tests.mjs unit|integration');
  process.exit(2);
}
const out = join(root, 'out', suite);
rmSync(out, { recursive: true, force: true });
const tsc = createRequire(join(root, 'package.json')).resolve('typescript/bin/tsc');
const run = (args) => spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' }).status ?? 1;
let status = run([tsc, '-p', '.', '--outDir', out]);
if (status === 0) status = run(['--test', join(out, 'test', suite)]);
process.exit(status);
