// Folding by headings: a heading folds everything up to the next heading of the same or a higher
// level (fewer #). Also `// region` ... `// slut-region` blocks (the language configuration's markers).
// Plain Node: no `vscode` import; src/extension.ts turns the ranges into vscode.FoldingRange.

export interface LineRange {
  /** First line (the heading), 0-based. */
  start: number;
  /** Last line inside the fold, 0-based. */
  end: number;
  kind?: 'region';
}

const HEADING = /^(#{1,6})[ \t]/;
/** Kept in step with language-configuration.json's folding markers. */
export const REGION_START = /^\/\/\s*#?region\b/;
export const REGION_END = /^\/\/\s*#?(?:endregion|slut-region)\b/;

export function foldingRanges(lines: readonly string[]): LineRange[] {
  const ranges: LineRange[] = [];
  const open: Array<{ level: number; line: number }> = [];
  const regions: number[] = [];

  // The last line with content before `line` (blank lines at the end of a section stay unfolded).
  const lastContent = (line: number): number => {
    let l = line - 1;
    while (l >= 0 && (lines[l] ?? '').trim() === '') l--;
    return l;
  };
  const close = (until: number, level: number): void => {
    while (open.length > 0 && (open[open.length - 1]?.level ?? 0) >= level) {
      const h = open.pop();
      if (h === undefined) break;
      const end = lastContent(until);
      if (end > h.line) ranges.push({ start: h.line, end });
    }
  };

  lines.forEach((text, i) => {
    const m = HEADING.exec(text);
    if (m) {
      const level = (m[1] ?? '#').length;
      close(i, level);
      open.push({ level, line: i });
    } else if (REGION_START.test(text)) {
      regions.push(i);
    } else if (REGION_END.test(text)) {
      const start = regions.pop();
      if (start !== undefined && i > start) ranges.push({ start, end: i, kind: 'region' });
    }
  });
  close(lines.length, 1);
  return ranges.sort((a, b) => a.start - b.start || b.end - a.end);
}
