import * as fs from 'node:fs';
import * as path from 'node:path';

/** The vscode-extension folder, found from the compiled test (out/<x>/test/unit/) upward. */
function findRoot(): string {
  let dir = __dirname;
  for (let i = 0; i < 8; i++) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg) && fs.existsSync(path.join(dir, 'syntaxes'))) return dir;
    dir = path.dirname(dir);
  }
  throw new Error(`vscode-extension folder not found above ${__dirname}`);
}

export const EXTENSION_ROOT = findRoot();
