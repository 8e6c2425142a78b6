// Bundles the extension (src/extension.ts and vscode-languageclient) into dist/extension.js,
// the only code the .vsix ships. `vscode` is provided by the editor at run time.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/extension.ts'],
  bundle: true,
  outfile: 'dist/extension.js',
  external: ['vscode'],
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  minify: true,
  keepNames: true,
  sourcemap: false,
  legalComments: 'external',
  logLevel: 'warning',
});
console.log('wrote dist/extension.js');
