// The two commands that run planlint directly (src/cli.ts), with the real planlint:
// "Planlint: Vis dagsorden" runs `planlint agenda --format html <folder>` and shows the page in a
// webview; "Planlint: Ret alle sikre fejl" without a server runs `planlint check --fix` on the file.
// Skipped without PLANLINT_BINARY (and the agenda test when this planlint has no agenda yet).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';

import { agendaArgs, fixAllArgs, interpretAgenda, interpretFix, withContentSecurityPolicy } from '../../src/cli';
import { dateVariables, expandSnippet } from '../../src/snippets';
import { runProgram } from '../../src/version';
import { EXTENSION_ROOT } from '../unit/root';

const binary = process.env['PLANLINT_BINARY'] ?? '';
const noBinary = binary === '' ? 'PLANLINT_BINARY is not set: give the path of the built planlint (ctest does)' : false;
function skipReason(): string | false {
  if (noBinary) return noBinary;
  const help = spawnSync(binary, ['agenda', '--help'], { encoding: 'utf8', timeout: 10_000 });
  if (help.status !== 0) return `this planlint has no agenda yet (planlint agenda --help: ${help.status ?? help.signal})`;
  return false;
}
const skip = skipReason();

test('the agenda of a folder of plans is one HTML page the webview can show', { skip }, async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'planlint-agenda-'));
  try {
    const snippets = JSON.parse(fs.readFileSync(path.join(EXTENSION_ROOT, 'snippets', 'plan.code-snippets'), 'utf8')) as Record<
      string,
      { body: string[] }
    >;
    const body = snippets['Ny individuel plan']?.body ?? [];
    fs.writeFileSync(path.join(dir, 'asta.plan'), expandSnippet(body, { variables: dateVariables('2026-08-10') }));
    const result = await runProgram(binary, agendaArgs(dir), { cwd: dir, timeoutMs: 60_000 });
    const agenda = interpretAgenda(result);
    assert.equal(agenda.kind, 'html', `planlint agenda: ${JSON.stringify({ ...result, stdout: result.stdout.slice(0, 300) })}`);
    if (agenda.kind !== 'html') return;
    const page = withContentSecurityPolicy(agenda.html);
    assert.match(page, /Content-Security-Policy/);
    assert.doesNotMatch(page, /<script\b[^>]*\bsrc=|<link\b[^>]*\bhref="https?:/i, 'nothing is loaded from outside');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('the fix-all fallback command line is one planlint check accepts', { skip: noBinary }, async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'planlint-fix-'));
  try {
    const file = path.join(dir, 'asta.plan');
    const text = fs.readFileSync(path.join(EXTENSION_ROOT, '..', 'examples', 'fejlbehaeftet.plan'), 'utf8');
    fs.writeFileSync(file, text);
    for (const lang of ['da', 'en'] as const) {
      const result = await runProgram(binary, fixAllArgs(file, { lang }), { cwd: dir, timeoutMs: 60_000 });
      assert.deepEqual(interpretFix(result), { kind: 'done' }, `${lang}: ${result.stderr}`);
    }
    assert.ok(fs.existsSync(file));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
