import assert from 'node:assert/strict';
import { test } from 'node:test';

import { agendaArgs, AGENDA_CSP, fixAllArgs, interpretAgenda, interpretFix, withContentSecurityPolicy } from '../../src/cli';

test('the agenda is `planlint agenda --format html <folder>`', () => {
  assert.deepEqual(agendaArgs('/work/planer'), ['agenda', '--format', 'html', '/work/planer']);
});

test('interpretAgenda: a page, an old planlint without agenda, or a failure', () => {
  const page = '<!DOCTYPE html><html><head><title>x</title></head><body>ok</body></html>';
  assert.deepEqual(interpretAgenda({ stdout: page, stderr: '', exitCode: 0 }), { kind: 'html', html: page });
  assert.equal(interpretAgenda({ stdout: `\n<html lang="da"></html>`, stderr: '', exitCode: 1 }).kind, 'html');
  assert.deepEqual(
    interpretAgenda({
      stdout: '',
      stderr: 'planlint: ugyldig kommandolinje: A subcommand is required\nSe »planlint check --help«.\n',
      exitCode: 2,
      error: 'Command failed',
    }),
    { kind: 'unsupported', detail: 'planlint: ugyldig kommandolinje: A subcommand is required\nSe »planlint check --help«.' },
  );
  assert.deepEqual(interpretAgenda({ stdout: '', stderr: 'planlint: mappen findes ikke: /x\n', exitCode: 2 }), {
    kind: 'failed',
    detail: 'planlint: mappen findes ikke: /x',
  });
  assert.deepEqual(interpretAgenda({ stdout: '', stderr: '', error: 'ENOENT: spawn planlint' }), {
    kind: 'failed',
    detail: 'ENOENT: spawn planlint',
  });
});

test('the agenda page gets a policy that lets nothing in from outside', () => {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${AGENDA_CSP}">`;
  assert.equal(withContentSecurityPolicy('<html><head><title>t</title></head></html>'), `<html><head>${meta}<title>t</title></head></html>`);
  assert.equal(withContentSecurityPolicy('<!doctype html><HTML lang="da"><body>x</body></HTML>'), `<!doctype html><HTML lang="da"><head>${meta}</head><body>x</body></HTML>`);
  assert.equal(withContentSecurityPolicy('<p>x</p>'), `<head>${meta}</head><p>x</p>`);
  assert.doesNotMatch(AGENDA_CSP, /script-src|https?:/);
});

test('the fix-all fallback is `planlint check --fix` on the file, never failing on findings', () => {
  assert.deepEqual(fixAllArgs('/p/asta.plan', { lang: 'da' }), [
    'check', '--fix', '--exit-zero', '--quiet', '--no-cache', '--color', 'never', '--lang', 'da', '/p/asta.plan',
  ]);
  assert.deepEqual(interpretFix({ stdout: '', stderr: '', exitCode: 0 }), { kind: 'done' });
  assert.deepEqual(interpretFix({ stdout: '', stderr: 'planlint: kan ikke skrive /p/asta.plan\n', exitCode: 2 }), {
    kind: 'failed',
    detail: 'planlint: kan ikke skrive /p/asta.plan',
  });
});
