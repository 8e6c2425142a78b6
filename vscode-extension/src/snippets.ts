// Expanding VS Code snippets the way the editor inserts them when the user only presses Tab:
// every placeholder and choice gets its default (the first choice), variables get the given values.
// Used by the tests to check that every snippet in snippets/plan.code-snippets writes a valid plan.
// Plain Node: no `vscode` import.
//
// Syntax (https://code.visualstudio.com/docs/editor/userdefinedsnippets#_grammar):
//   $1  ${1}  ${1:default}  ${1|one,two|}  $NAME  ${NAME}  ${NAME:default}
//   and `\$`, `\}`, `\\` (and `\,`, `\|` in choices) as escapes. Transforms are not supported.

export type SnippetNode =
  | { type: 'text'; value: string }
  | { type: 'tabstop'; index: number }
  | { type: 'placeholder'; index: number; children: SnippetNode[] }
  | { type: 'choice'; index: number; options: string[] }
  | { type: 'variable'; name: string; children?: SnippetNode[] };

export class SnippetSyntaxError extends Error {
  constructor(message: string, readonly offset: number) {
    super(`${message} (tegn ${offset})`);
    this.name = 'SnippetSyntaxError';
  }
}

/** The snippet variables the editor knows (the ones a plan snippet may use). */
export const KNOWN_VARIABLES = new Set([
  'TM_SELECTED_TEXT', 'TM_CURRENT_LINE', 'TM_CURRENT_WORD', 'TM_LINE_INDEX', 'TM_LINE_NUMBER', 'TM_FILENAME',
  'TM_FILENAME_BASE', 'TM_DIRECTORY', 'TM_FILEPATH', 'RELATIVE_FILEPATH', 'CLIPBOARD', 'WORKSPACE_NAME',
  'WORKSPACE_FOLDER', 'CURSOR_INDEX', 'CURSOR_NUMBER', 'CURRENT_YEAR', 'CURRENT_YEAR_SHORT', 'CURRENT_MONTH',
  'CURRENT_MONTH_NAME', 'CURRENT_MONTH_NAME_SHORT', 'CURRENT_DATE', 'CURRENT_DAY_NAME', 'CURRENT_DAY_NAME_SHORT',
  'CURRENT_HOUR', 'CURRENT_MINUTE', 'CURRENT_SECOND', 'CURRENT_SECONDS_UNIX', 'CURRENT_TIMEZONE_OFFSET', 'RANDOM',
  'RANDOM_HEX', 'UUID', 'BLOCK_COMMENT_START', 'BLOCK_COMMENT_END', 'LINE_COMMENT',
]);

class Parser {
  private pos = 0;
  constructor(private readonly src: string) {}

  parse(): SnippetNode[] {
    return this.sequence(false);
  }

  /** Nodes until the end, or until an unescaped `}` when inside a placeholder. */
  private sequence(nested: boolean): SnippetNode[] {
    const nodes: SnippetNode[] = [];
    let text = '';
    const flush = (): void => {
      if (text !== '') nodes.push({ type: 'text', value: text });
      text = '';
    };
    while (this.pos < this.src.length) {
      const ch = this.src[this.pos] ?? '';
      if (ch === '\\') {
        const next = this.src[this.pos + 1];
        if (next === '$' || next === '}' || next === '\\') {
          text += next;
          this.pos += 2;
        } else {
          text += ch;
          this.pos++;
        }
      } else if (ch === '}' && nested) {
        break;
      } else if (ch === '$') {
        const node = this.dollar();
        if (node === undefined) {
          text += '$';
          this.pos++;
        } else {
          flush();
          nodes.push(node);
        }
      } else {
        text += ch;
        this.pos++;
      }
    }
    flush();
    return nodes;
  }

  /** At a `$`: a tab stop, placeholder, choice or variable; undefined when the `$` is plain text. */
  private dollar(): SnippetNode | undefined {
    const rest = this.src.slice(this.pos + 1);
    let m = /^\d+/.exec(rest);
    if (m) {
      this.pos += 1 + m[0].length;
      return { type: 'tabstop', index: Number(m[0]) };
    }
    m = /^[_a-zA-Z][_a-zA-Z0-9]*/.exec(rest);
    if (m) {
      this.pos += 1 + m[0].length;
      return { type: 'variable', name: m[0] };
    }
    if (!rest.startsWith('{')) return undefined;
    const start = this.pos;
    this.pos += 2;
    const inner = this.src.slice(this.pos);
    m = /^\d+/.exec(inner);
    if (m) {
      const index = Number(m[0]);
      this.pos += m[0].length;
      const c = this.src[this.pos];
      if (c === '}') {
        this.pos++;
        return { type: 'tabstop', index };
      }
      if (c === ':') {
        this.pos++;
        const children = this.sequence(true);
        this.expect('}', start);
        return { type: 'placeholder', index, children };
      }
      if (c === '|') {
        this.pos++;
        const options = this.choiceOptions(start);
        return { type: 'choice', index, options };
      }
      if (c === '/') throw new SnippetSyntaxError('transformationer understøttes ikke', this.pos);
      throw new SnippetSyntaxError('ugyldig tabulatorplads', start);
    }
    m = /^[_a-zA-Z][_a-zA-Z0-9]*/.exec(inner);
    if (m) {
      const name = m[0];
      this.pos += name.length;
      const c = this.src[this.pos];
      if (c === '}') {
        this.pos++;
        return { type: 'variable', name };
      }
      if (c === ':') {
        this.pos++;
        const children = this.sequence(true);
        this.expect('}', start);
        return { type: 'variable', name, children };
      }
      if (c === '/') throw new SnippetSyntaxError('transformationer understøttes ikke', this.pos);
      throw new SnippetSyntaxError('ugyldig variabel', start);
    }
    // `${` that starts nothing is text, as in the editor.
    this.pos = start;
    return undefined;
  }

  private choiceOptions(start: number): string[] {
    const options: string[] = [];
    let current = '';
    while (this.pos < this.src.length) {
      const ch = this.src[this.pos] ?? '';
      if (ch === '\\' && this.pos + 1 < this.src.length) {
        current += this.src[this.pos + 1] ?? '';
        this.pos += 2;
      } else if (ch === ',') {
        options.push(current);
        current = '';
        this.pos++;
      } else if (ch === '|' && this.src[this.pos + 1] === '}') {
        options.push(current);
        this.pos += 2;
        return options;
      } else {
        current += ch;
        this.pos++;
      }
    }
    throw new SnippetSyntaxError('valgmulighed uden »|}«', start);
  }

  private expect(ch: string, start: number): void {
    if (this.src[this.pos] !== ch) throw new SnippetSyntaxError(`mangler »${ch}«`, start);
    this.pos++;
  }
}

export function parseSnippet(body: string): SnippetNode[] {
  return new Parser(body).parse();
}

/** A snippet's body as one string (package snippets may give it as an array of lines). */
export function snippetBody(body: string | readonly string[]): string {
  return typeof body === 'string' ? body : body.join('\n');
}

export interface ExpandOptions {
  /** Values of the variables, e.g. { CURRENT_YEAR: '2026' }. */
  variables: Readonly<Record<string, string>>;
  /** Choices by tab stop: the option to take instead of the first. */
  choices?: Readonly<Record<number, string>>;
  /** What the user types at a tab stop instead of its default (placeholders and choices). */
  values?: Readonly<Record<number, string>>;
  /**
   * A variable without a value: 'error' (default) throws, 'default' uses its default or, like the
   * editor, its name.
   */
  unknownVariable?: 'error' | 'default';
}

/** The text the editor would insert if the user accepted every default. */
export function expandSnippet(body: string | readonly string[], options: ExpandOptions): string {
  const nodes = parseSnippet(snippetBody(body));
  const defaults = new Map<number, SnippetNode[] | string>();
  collectDefaults(nodes, defaults, options);
  return render(nodes, defaults, options);
}

function collectDefaults(nodes: readonly SnippetNode[], out: Map<number, SnippetNode[] | string>, options: ExpandOptions): void {
  for (const n of nodes) {
    if (n.type === 'placeholder' || n.type === 'choice' || n.type === 'tabstop') {
      const typed = options.values?.[n.index];
      if (typed !== undefined && !out.has(n.index)) out.set(n.index, typed);
    }
    if (n.type === 'placeholder') {
      if (!out.has(n.index)) out.set(n.index, n.children);
      collectDefaults(n.children, out, options);
    } else if (n.type === 'choice') {
      if (!out.has(n.index)) out.set(n.index, options.choices?.[n.index] ?? n.options[0] ?? '');
    } else if (n.type === 'variable' && n.children) {
      collectDefaults(n.children, out, options);
    }
  }
}

function render(nodes: readonly SnippetNode[], defaults: Map<number, SnippetNode[] | string>, options: ExpandOptions, depth = 0): string {
  if (depth > 20) throw new Error('snippet nested too deeply');
  let out = '';
  for (const n of nodes) {
    switch (n.type) {
      case 'text':
        out += n.value;
        break;
      case 'tabstop':
      case 'placeholder':
      case 'choice': {
        if (n.index === 0 && n.type === 'tabstop') break;
        // As in the editor, the first placeholder of an index gives the value of all with that index.
        const d = defaults.get(n.index);
        if (typeof d === 'string') {
          out += d;
        } else if (d !== undefined) {
          out += render(d, defaults, options, depth + 1);
        }
        break;
      }
      case 'variable': {
        const value = options.variables[n.name];
        if (value !== undefined) {
          out += value;
        } else if ((options.unknownVariable ?? 'error') === 'error') {
          throw new Error(`snippet variable $${n.name} has no value`);
        } else {
          out += n.children ? render(n.children, defaults, options, depth + 1) : n.name;
        }
        break;
      }
    }
  }
  return out;
}

/** Every variable name a snippet uses. */
export function snippetVariables(body: string | readonly string[]): string[] {
  const names = new Set<string>();
  const walk = (nodes: readonly SnippetNode[]): void => {
    for (const n of nodes) {
      if (n.type === 'variable') {
        names.add(n.name);
        if (n.children) walk(n.children);
      } else if (n.type === 'placeholder') {
        walk(n.children);
      }
    }
  };
  walk(parseSnippet(snippetBody(body)));
  return [...names].sort();
}

/** Every tab stop index a snippet uses, sorted, without duplicates. */
export function snippetTabStops(body: string | readonly string[]): number[] {
  const indexes = new Set<number>();
  const walk = (nodes: readonly SnippetNode[]): void => {
    for (const n of nodes) {
      if (n.type === 'tabstop' || n.type === 'placeholder' || n.type === 'choice') indexes.add(n.index);
      if (n.type === 'placeholder' || (n.type === 'variable' && n.children)) walk(n.children ?? []);
    }
  };
  walk(parseSnippet(snippetBody(body)));
  return [...indexes].sort((a, b) => a - b);
}

/** Fixed values for the date and time variables (the tests' "today"), from an ISO date. */
export function dateVariables(isoDate: string): Record<string, string> {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) throw new Error(`not an ISO date: ${isoDate}`);
  const [, y = '', mo = '', d = ''] = m;
  const months = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];
  const days = ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'];
  const month = months[Number(mo) - 1] ?? '';
  const day = days[new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d))).getUTCDay()] ?? '';
  return {
    CURRENT_YEAR: y,
    CURRENT_YEAR_SHORT: y.slice(2),
    CURRENT_MONTH: mo,
    CURRENT_MONTH_NAME: month,
    CURRENT_MONTH_NAME_SHORT: month.slice(0, 3),
    CURRENT_DATE: d,
    CURRENT_DAY_NAME: day,
    CURRENT_DAY_NAME_SHORT: day.slice(0, 3),
    CURRENT_HOUR: '09',
    CURRENT_MINUTE: '00',
    CURRENT_SECOND: '00',
  };
}
