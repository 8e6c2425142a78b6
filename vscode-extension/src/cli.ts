// The two commands that run the planlint program directly (not through the server):
// the agenda overview and the `planlint check --fix` fallback of "Ret alle sikre fejl".
// Plain Node: no `vscode` import.
import type { RunResult } from './version';
import type { Settings } from './settings';

/** `planlint agenda --format html <folder>`: one self-contained HTML page on standard output. */
export function agendaArgs(folder: string): string[] {
  return ['agenda', '--format', 'html', folder];
}

export type AgendaResult = { kind: 'html'; html: string } | { kind: 'unsupported'; detail: string } | { kind: 'failed'; detail: string };

function firstLines(text: string, n = 4): string {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .slice(0, n)
    .join('\n');
}

/** Judges the run of `planlint agenda`. Any exit code is fine as long as a page came out. */
export function interpretAgenda(result: RunResult): AgendaResult {
  const out = result.stdout.trim();
  if (/^(?:\uFEFF)?\s*(?:<!doctype html|<html)/i.test(out)) return { kind: 'html', html: result.stdout };
  const detail = firstLines(result.stderr) || firstLines(result.stdout) || result.error || '';
  // A planlint without the agenda subcommand rejects the command line (exit code 2, CLI11's
  // "subcommand" wording, or "agenda" named in the complaint).
  if (result.exitCode === 2 && out === '' && /subcommand|underkommando|agenda|ukendt|unknown|extra/i.test(result.stderr)) {
    return { kind: 'unsupported', detail };
  }
  return { kind: 'failed', detail };
}

/** `planlint check --fix` on one file: the fallback of "Ret alle sikre fejl" without the server. */
export function fixAllArgs(file: string, settings: Pick<Settings, 'lang'>): string[] {
  return ['check', '--fix', '--exit-zero', '--quiet', '--no-cache', '--color', 'never', '--lang', settings.lang, file];
}

export type FixResult = { kind: 'done' } | { kind: 'failed'; detail: string };

/** `--exit-zero` makes 0 the normal outcome; 2 is a failure of the run itself. */
export function interpretFix(result: RunResult): FixResult {
  if (result.exitCode === 0) return { kind: 'done' };
  return { kind: 'failed', detail: firstLines(result.stderr) || result.error || `afslutningskode ${String(result.exitCode)}` };
}

/**
 * The agenda page for a webview: a Content-Security-Policy that allows the page's own inline styles
 * and embedded images, and nothing from outside (no network, no scripts).
 */
export const AGENDA_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:";

export function withContentSecurityPolicy(html: string, csp: string = AGENDA_CSP): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${csp}">`;
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + meta + html.slice(head.index + head[0].length);
  const htmlTag = /<html(\s[^>]*)?>/i.exec(html);
  if (htmlTag) {
    const at = htmlTag.index + htmlTag[0].length;
    return `${html.slice(0, at)}<head>${meta}</head>${html.slice(at)}`;
  }
  return `<head>${meta}</head>${html}`;
}
