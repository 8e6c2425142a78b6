// The status bar item: the server's state and the number of findings.
// Plain Node: the item is an interface (a vscode.StatusBarItem in the editor, a fake in tests).

export type ServerState = 'starting' | 'running' | 'stopped' | 'missing' | 'too-old' | 'failed';

export interface FindingCounts {
  errors: number;
  warnings: number;
  infos: number;
  total: number;
}

/** vscode.DiagnosticSeverity: Error = 0, Warning = 1, Information = 2, Hint = 3. */
export interface DiagnosticLike {
  severity: number;
  source?: string | undefined;
}

/** Counts planlint's diagnostics (source `planlint`); hints count as information. */
export function countFindings(diagnostics: Iterable<DiagnosticLike>): FindingCounts {
  const counts: FindingCounts = { errors: 0, warnings: 0, infos: 0, total: 0 };
  for (const d of diagnostics) {
    if (d.source !== undefined && d.source !== 'planlint') continue;
    if (d.severity === 0) counts.errors++;
    else if (d.severity === 1) counts.warnings++;
    else counts.infos++;
    counts.total++;
  }
  return counts;
}

/** Danish: "1 fejl", "2 advarsler", "1 bemærkning". */
export function describeCounts(c: FindingCounts): string {
  if (c.total === 0) return 'ingen fund';
  const parts: string[] = [];
  if (c.errors > 0) parts.push(`${c.errors} fejl`);
  if (c.warnings > 0) parts.push(`${c.warnings} ${c.warnings === 1 ? 'advarsel' : 'advarsler'}`);
  if (c.infos > 0) parts.push(`${c.infos} ${c.infos === 1 ? 'bemærkning' : 'bemærkninger'}`);
  if (parts.length === 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} og ${parts[parts.length - 1] ?? ''}`;
}

export interface StatusView {
  text: string;
  tooltip: string;
  /** The command a click runs. */
  command: string;
}

export const SHOW_OUTPUT_COMMAND = 'planlint.showOutput';
export const RESTART_COMMAND = 'planlint.restartServer';

export function statusView(state: ServerState, counts: FindingCounts, detail = ''): StatusView {
  const suffix = detail ? `\n${detail}` : '';
  switch (state) {
    case 'starting':
      return { text: '$(sync~spin) planlint', tooltip: `Planlint: sprogserveren starter …${suffix}`, command: SHOW_OUTPUT_COMMAND };
    case 'running': {
      const icon = counts.errors > 0 ? '$(error)' : counts.warnings > 0 ? '$(warning)' : '$(check)';
      return {
        text: `${icon} planlint: ${counts.total} fund`,
        tooltip: `Planlint: sprogserveren kører. Åbne planer: ${describeCounts(counts)}.${suffix}`,
        command: SHOW_OUTPUT_COMMAND,
      };
    }
    case 'stopped':
      return {
        text: '$(debug-stop) planlint: stoppet',
        tooltip: `Planlint: sprogserveren er stoppet. Klik for at genstarte den.${suffix}`,
        command: RESTART_COMMAND,
      };
    case 'missing':
      return {
        text: '$(warning) planlint: ikke fundet',
        tooltip: `Planlint: programmet planlint blev ikke fundet, så planerne kontrolleres ikke. Klik for at prøve igen.${suffix}`,
        command: RESTART_COMMAND,
      };
    case 'too-old':
      return {
        text: '$(warning) planlint: for gammel',
        tooltip: `Planlint: programmet planlint er for gammelt til udvidelsen. Opdatér det, og klik for at prøve igen.${suffix}`,
        command: RESTART_COMMAND,
      };
    case 'failed':
      return {
        text: '$(error) planlint: fejl',
        tooltip: `Planlint: sprogserveren kunne ikke starte. Klik for at prøve igen.${suffix}`,
        command: RESTART_COMMAND,
      };
  }
}

/** What the controller needs of a vscode.StatusBarItem. */
export interface StatusBarItemLike {
  text: string;
  tooltip: unknown;
  command: unknown;
  name?: string | undefined;
  show(): void;
}

/** Keeps the item in step with the server state and the findings. */
export class StatusController {
  private state: ServerState = 'starting';
  private counts: FindingCounts = { errors: 0, warnings: 0, infos: 0, total: 0 };
  private detail = '';

  constructor(private readonly item: StatusBarItemLike) {
    item.name = 'Planlint';
    this.render();
    item.show();
  }

  setState(state: ServerState, detail = ''): void {
    this.state = state;
    this.detail = detail;
    this.render();
  }

  setFindings(diagnostics: Iterable<DiagnosticLike>): void {
    this.counts = countFindings(diagnostics);
    this.render();
  }

  get current(): { state: ServerState; counts: FindingCounts } {
    return { state: this.state, counts: { ...this.counts } };
  }

  private render(): void {
    const view = statusView(this.state, this.counts, this.detail);
    this.item.text = view.text;
    this.item.tooltip = view.tooltip;
    this.item.command = view.command;
  }
}
