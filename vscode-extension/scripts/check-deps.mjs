#!/usr/bin/env node
// Run before the tests: says what to do when the npm packages have not been installed.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
for (const p of ['typescript', 'esbuild', '@vscode/vsce', 'vscode-tmgrammar-test', 'vscode-languageclient']) {
  if (!existsSync(join(root, 'node_modules', p, 'package.json'))) {
    console.error(
      `vscode-extension/node_modules/${p} is missing: run scripts/install-deps.sh (or \`npm ci\` in vscode-extension/).`,
    );
    process.exit(1);
  }
}
