// When the server process dies: restart it, unless it has already died too often lately.
// Plain Node: no `vscode` import.

export class CrashPolicy {
  private readonly crashes: number[] = [];

  constructor(
    /** Restarts allowed within the window; the next crash stops the server for good. */
    private readonly maxRestarts = 4,
    private readonly windowMs = 3 * 60 * 1000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records a crash; true when the server should be started again. */
  shouldRestart(): boolean {
    const t = this.now();
    this.crashes.push(t);
    while (this.crashes.length > 0 && t - (this.crashes[0] ?? t) > this.windowMs) this.crashes.shift();
    return this.crashes.length <= this.maxRestarts;
  }

  /** After a restart by the user, earlier crashes no longer count. */
  reset(): void {
    this.crashes.length = 0;
  }
}
