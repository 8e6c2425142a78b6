// The contract between the extension and `planlint lsp`: the server is started the way the
// extension starts it (src/serverOptions.ts), gets the extension's initializationOptions and
// settings changes (configurationPayload), accepts
// them without complaint, publishes diagnostics, and offers the fix-all code action the
// "Ret alle sikre fejl" command asks for. A minimal JSON-RPC client stands in for VS Code.
// The program comes from PLANLINT_BINARY; without it, or without `planlint lsp`, the tests skip.
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';

import { buildClientOptions, buildInitializationOptions, buildServerOptions, configurationPayload, FIX_ALL_KIND, serverOffersFixAll } from '../../src/serverOptions';
import { DEFAULT_SETTINGS, type Settings } from '../../src/settings';

const binary = process.env['PLANLINT_BINARY'] ?? '';
function skipReason(): string | false {
  if (binary === '') return 'PLANLINT_BINARY is not set: give the path of the built planlint (ctest does)';
  const help = spawnSync(binary, ['lsp', '--help'], { encoding: 'utf8', timeout: 10_000 });
  if (help.status !== 0) return `this planlint has no language server yet (planlint lsp --help: ${help.status ?? help.signal})`;
  return false;
}
const skip = skipReason();

interface Message {
  jsonrpc: '2.0';
  id?: number | string;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string };
}

/** Content-Length framed JSON-RPC over a child's stdio. */
class Connection {
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (m: Message) => void }>();
  readonly notifications: Message[] = [];
  private readonly waiters: Array<() => void> = [];
  stderr = '';

  constructor(
    readonly proc: ChildProcessWithoutNullStreams,
    private readonly settings: () => Settings,
  ) {
    proc.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    proc.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')));
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const end = this.buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const header = this.buffer.subarray(0, end).toString('ascii');
      const m = /Content-Length: *(\d+)/i.exec(header);
      if (!m) throw new Error(`bad header: ${header}`);
      const length = Number(m[1]);
      if (this.buffer.length < end + 4 + length) return;
      const body = this.buffer.subarray(end + 4, end + 4 + length).toString('utf8');
      this.buffer = this.buffer.subarray(end + 4 + length);
      this.dispatch(JSON.parse(body) as Message);
    }
  }

  private dispatch(msg: Message): void {
    if (msg.method !== undefined && msg.id !== undefined) {
      // A request from the server: answer as the extension would (src/extension.ts's middleware).
      let result: unknown = null;
      if (msg.method === 'workspace/configuration') {
        const items = (msg.params as { items?: Array<{ section?: string }> }).items ?? [];
        result = items.map((i) => (i.section === 'planlint' ? buildInitializationOptions(this.settings()) : null));
      }
      this.send({ jsonrpc: '2.0', id: msg.id, result });
      return;
    }
    if (msg.method !== undefined) {
      this.notifications.push(msg);
      for (const w of this.waiters.splice(0)) w();
      return;
    }
    if (typeof msg.id === 'number') this.pending.get(msg.id)?.resolve(msg);
  }

  send(msg: Message): void {
    const body = Buffer.from(JSON.stringify(msg), 'utf8');
    this.proc.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.proc.stdin.write(body);
  }

  request(method: string, params: unknown, timeoutMs = 15_000): Promise<Message> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${method}: no answer in ${timeoutMs} ms\n${this.stderr}`)), timeoutMs);
      this.pending.set(id, {
        resolve: (m) => {
          clearTimeout(timer);
          this.pending.delete(id);
          resolve(m);
        },
      });
      this.send(params === undefined ? { jsonrpc: '2.0', id, method } : { jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params?: unknown): void {
    this.send(params === undefined ? { jsonrpc: '2.0', method } : { jsonrpc: '2.0', method, params });
  }

  async waitFor(pred: (m: Message) => boolean, timeoutMs = 15_000): Promise<Message> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.notifications.find(pred);
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no such notification in ${timeoutMs} ms; got ${this.notifications.map((n) => n.method).join(', ')}\n${this.stderr}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, Math.min(left, 200));
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }
}

const PLAN = [
  '# Individuel plan',
  'Borger: Testbarn',
  'Område: børn',
  '',
  '## Handleplan',
  'Lovgrundlag: Barnets lov § 91',
  'Dato: 10-01-2026',
  'Formål: En stabil hverdag.',
  '- H1: Barnet udvikler sin kommunikation.',
  '',
  '## Mål 1: Barnet siger selv fra med sin talemaskine',
  'Handleplan: H1',
  'Slutt: 31-12-2026',
  '',
].join('\n');

test('planlint lsp accepts what the extension sends and offers "fix all"', { skip }, async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'planlint-lsp-'));
  let settings: Settings = { ...DEFAULT_SETTINGS };
  const server = buildServerOptions(binary, process.env, dir).run;
  const proc = spawn(server.command, server.args, { cwd: server.options.cwd, env: server.options.env, stdio: 'pipe' });
  const conn = new Connection(proc, () => settings);
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
  try {
    const client = buildClientOptions(settings);
    const root = pathToFileURL(dir).href;
    const init = await conn.request('initialize', {
      processId: process.pid,
      clientInfo: { name: 'planlint-vscode-test' },
      rootUri: root,
      workspaceFolders: [{ uri: root, name: 'planer' }],
      initializationOptions: client.initializationOptions,
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, workspaceFolders: true },
        textDocument: {
          synchronization: { didSave: true },
          publishDiagnostics: { relatedInformation: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['', 'quickfix', 'source', 'source.fixAll'] } } },
        },
      },
    });
    assert.equal(init.error, undefined, JSON.stringify(init.error));
    const capabilities = (init.result as { capabilities: { codeActionProvider?: unknown } }).capabilities;
    assert.ok(serverOffersFixAll(capabilities.codeActionProvider), `codeActionProvider: ${JSON.stringify(capabilities.codeActionProvider)}`);
    conn.notify('initialized', {});

    const uri = pathToFileURL(path.join(dir, 'asta.plan')).href;
    conn.notify('textDocument/didOpen', { textDocument: { uri, languageId: client.documentSelector[0]?.language, version: 1, text: PLAN } });
    const published = await conn.waitFor(
      (m) => m.method === 'textDocument/publishDiagnostics' && (m.params as { uri: string }).uri === uri,
    );
    const diagnostics = (published.params as { diagnostics: Array<{ code?: string; source?: string; message: string }> }).diagnostics;
    assert.ok(diagnostics.some((d) => d.code === 'PL004'), `the misspelt field is found: ${JSON.stringify(diagnostics)}`);
    assert.ok(diagnostics.every((d) => d.source === 'planlint'), 'the status bar counts diagnostics with source "planlint"');

    const actions = await conn.request('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: PLAN.split('\n').length, character: 0 } },
      context: { diagnostics, only: [FIX_ALL_KIND] },
    });
    assert.equal(actions.error, undefined, JSON.stringify(actions.error));
    for (const a of (actions.result ?? []) as Array<{ kind?: string }>) assert.ok(a.kind?.startsWith(FIX_ALL_KIND), `kind ${a.kind}`);

    // What the extension sends when the language or the profile changes is taken without a complaint.
    for (const change of [{ lang: 'en' }, { profile: 'randers' }, { profile: 'smorte', lang: 'da' }] as const) {
      settings = { ...settings, ...change };
      conn.notify('workspace/didChangeConfiguration', configurationPayload(settings));
    }
    await conn.request('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [] },
    });

    const complaints = conn.notifications.filter(
      (m) => m.method === 'window/showMessage' && ((m.params as { type: number }).type ?? 4) <= 2,
    );
    assert.deepEqual(complaints.map((m) => (m.params as { message: string }).message), [], 'the settings are accepted');

    // As vscode-jsonrpc sends them: no params at all.
    const shutdown = await conn.request('shutdown', undefined);
    assert.equal(shutdown.error, undefined);
    conn.notify('exit');
    const code = await Promise.race([exited, new Promise<string>((r) => setTimeout(() => r('timeout'), 10_000))]);
    assert.equal(code, 0, `planlint lsp exits with 0 after shutdown and exit\n${conn.stderr}`);
  } finally {
    if (proc.exitCode === null) proc.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
