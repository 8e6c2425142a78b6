// A second, independent client of `planlint lsp`: Microsoft's vscode-jsonrpc (the JSON-RPC
// layer of VS Code's language client) over the server's stdio.
//
//   node client.mjs PLANLINT
//
// Opens tests/lsp/fixtures/editor.plan (copied to a temporary folder) with UTF-16 positions
// (the default: no positionEncodings offered), waits for the pushed diagnostics, asks for
// hover, completion and the code action of PL203, applies its edit to its own copy of the
// text, sends it as an incremental didChange, waits for the diagnostics of version 2, then
// shutdown and exit, and expects the server to exit with 0. Every step has a time limit.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

let rpc;
try {
  rpc = await import('vscode-jsonrpc/node');
} catch (e) {
  console.error(`FAIL: vscode-jsonrpc is not installed (run scripts/install-deps.sh, or npm ci in tests/lsp/node): ${e.message}`);
  process.exit(1);
}

const STEP_MS = 10000;
const TOTAL_MS = 60000;
const here = dirname(fileURLToPath(import.meta.url));
const planlint = process.argv[2] && resolve(process.argv[2]);
if (!planlint) {
  console.error('usage: node client.mjs PLANLINT');
  process.exit(2);
}

const failures = [];
let passed = 0;
function check(name, ok, detail) {
  if (ok) {
    passed += 1;
    console.log(`ok   ${name}`);
  } else {
    failures.push(name);
    console.log(`FAIL ${name}${detail === undefined ? '' : `: ${typeof detail === 'string' ? detail : JSON.stringify(detail)}`}`);
  }
  return ok;
}

function within(ms, what, promise) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

// Applies LSP text edits (UTF-16 positions, the same units as JavaScript strings) to `text`.
function offsetAt(text, { line, character }) {
  let offset = 0;
  for (let l = 0; l < line; l += 1) {
    const nl = text.indexOf('\n', offset);
    if (nl < 0) return text.length;
    offset = nl + 1;
  }
  const end = text.indexOf('\n', offset);
  return Math.min(offset + character, end < 0 ? text.length : end);
}
function applyEdits(text, edits) {
  const sorted = [...edits].sort((a, b) => offsetAt(text, b.range.start) - offsetAt(text, a.range.start));
  for (const e of sorted) {
    text = text.slice(0, offsetAt(text, e.range.start)) + e.newText + text.slice(offsetAt(text, e.range.end));
  }
  return text;
}
function lineOf(text, prefix) {
  const i = text.split('\n').findIndex((l) => l.startsWith(prefix));
  if (i < 0) throw new Error(`no line starts with ${prefix}`);
  return i;
}
function hoverText(hover) {
  const c = hover?.contents;
  return typeof c === 'string' ? c : (c?.value ?? '');
}

const workspace = mkdtempSync(join(tmpdir(), 'planlint-node-'));
const planPath = join(workspace, 'editor.plan');
copyFileSync(join(here, '..', 'fixtures', 'editor.plan'), planPath);
const uri = pathToFileURL(planPath).href;

const server = spawn(planlint, ['lsp'], {
  cwd: workspace,
  env: { ...process.env, PLANLINT_TODAY: '2026-08-10' },
  stdio: ['pipe', 'pipe', 'pipe'],
});
let stderr = '';
server.stderr.on('data', (d) => { stderr += d; });
const exited = new Promise((resolve) => server.on('exit', (code, signal) => resolve({ code, signal })));
server.on('error', (e) => {
  console.error(`FAIL: cannot start ${planlint}: ${e.message}`);
  process.exit(1);
});

const killer = setTimeout(() => {
  console.log(`FAIL: the session did not finish within ${TOTAL_MS} ms`);
  server.kill('SIGKILL');
  process.exit(1);
}, TOTAL_MS);

const connection = rpc.createMessageConnection(new rpc.StreamMessageReader(server.stdout), new rpc.StreamMessageWriter(server.stdin));
const published = [];
const waiters = [];
connection.onNotification('textDocument/publishDiagnostics', (params) => {
  if (params.uri !== uri) return;
  published.push(params);
  for (const w of [...waiters]) {
    if (w.test(params)) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve(params);
    }
  }
});
connection.onNotification('window/showMessage', (params) => console.log(`(server: ${params.message})`));
connection.onRequest((method) => { console.log(`(server asks ${method})`); return null; });
connection.listen();

function diagnosticsFor(version) {
  const seen = published.find((p) => p.version === version);
  if (seen) return Promise.resolve(seen);
  return within(STEP_MS, `publishDiagnostics for version ${version}`,
    new Promise((resolve) => waiters.push({ test: (p) => p.version === version, resolve })));
}
const request = (method, params) => within(STEP_MS, method, connection.sendRequest(method, params));

async function session() {
  let text = readFileSync(planPath, 'utf8');

  const init = await request('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(workspace).href,
    capabilities: {
      textDocument: { hover: { contentFormat: ['markdown', 'plaintext'] }, publishDiagnostics: { relatedInformation: true } },
      workspace: { workspaceEdit: { documentChanges: true } },
    },
  });
  const caps = init.capabilities;
  check('UTF-16 positions by default', caps.positionEncoding === 'utf-16', caps.positionEncoding);
  check('incremental sync', caps.textDocumentSync?.change === 2, caps.textDocumentSync);
  for (const p of ['hoverProvider', 'completionProvider', 'codeActionProvider', 'definitionProvider', 'referencesProvider',
    'renameProvider', 'documentSymbolProvider', 'foldingRangeProvider', 'codeLensProvider', 'documentFormattingProvider',
    'diagnosticProvider']) {
    check(`advertises ${p}`, Boolean(caps[p]));
  }
  await connection.sendNotification('initialized', {});
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plan', version: 1, text } });

  // Diagnostics, pushed after didOpen.
  const first = await diagnosticsFor(1);
  const law = first.diagnostics.find((d) => d.code === 'PL203');
  const lawLine = lineOf(text, 'Lovgrundlag:');
  if (!check('PL203 pushed after didOpen', law !== undefined, first.diagnostics.map((d) => d.code))) return;
  // »SEL § 140« is 9 UTF-16 units from column 13 (10 bytes in UTF-8).
  check('PL203 range in UTF-16', law.range.start.line === lawLine && law.range.start.character === 13 && law.range.end.character === 22,
    law.range);
  check('source, severity and codeDescription', law.source === 'planlint' && law.severity === 2
    && /outdated-law-reference/.test(law.codeDescription?.href ?? ''), law);
  const overdue = first.diagnostics.find((d) => d.code === 'PL111');
  check('related information of PL111 points at the latest evaluation', overdue?.relatedInformation?.[0]?.location?.uri === uri
    && overdue.relatedInformation[0].location.range.start.line === lineOf(text, '### Evaluering 04-05-2026'), overdue);

  // Hover on a handleplan reference and on a date.
  const refLine = lineOf(text, 'Handleplan: H1');
  const ref = hoverText(await request('textDocument/hover', { textDocument: { uri }, position: { line: refLine, character: 13 } }));
  check('hover on a handleplan reference shows its goal', ref.includes('Ida sover hele natten i sin egen seng.'), ref);
  const dateLine = lineOf(text, 'Slut: 31-12-2026');
  const date = hoverText(await request('textDocument/hover', { textDocument: { uri }, position: { line: dateLine, character: 8 } }));
  check('hover on a date: weekday and distance', date.includes('torsdag, om 143 dage'), date);

  // Completion: the values of Tema.
  const temaLine = lineOf(text, 'Tema: sociale');
  const completion = await request('textDocument/completion', { textDocument: { uri }, position: { line: temaLine, character: 6 } });
  const items = Array.isArray(completion) ? completion : (completion?.items ?? []);
  const fritid = items.find((i) => i.label === 'fritid');
  check('completion offers Tema\'s values', fritid !== undefined && items.some((i) => i.label === 'sundhed og trivsel'),
    items.map((i) => i.label));
  check('a completion item edits from after »Tema: «', fritid?.textEdit?.range?.start?.character === 6, fritid);

  // The code action of PL203, applied locally and sent back as an incremental change.
  const actions = await request('textDocument/codeAction', {
    textDocument: { uri }, range: law.range, context: { diagnostics: [law], only: ['quickfix'] },
  });
  const fix = (actions ?? []).find((a) => a.kind === 'quickfix' && a.title.includes('Barnets lov § 91'));
  if (!check('a quickfix for PL203', fix !== undefined, (actions ?? []).map((a) => a.title))) return;
  const change = fix.edit?.documentChanges?.[0];
  if (!check('the edit is a versioned documentChange', change?.textDocument?.uri === uri && change.textDocument.version === 1, fix.edit)) return;
  const before = text;
  text = applyEdits(text, change.edits);
  check('the edit replaces exactly the law reference', text === before.replace('Lovgrundlag: SEL § 140\n', 'Lovgrundlag: Barnets lov § 91\n'),
    text.split('\n')[lawLine]);
  await connection.sendNotification('textDocument/didChange', {
    textDocument: { uri, version: 2 },
    contentChanges: change.edits.map((e) => ({ range: e.range, text: e.newText })),
  });
  const second = await diagnosticsFor(2);
  check('PL203 is gone in version 2', !second.diagnostics.some((d) => d.code === 'PL203'), second.diagnostics.map((d) => d.code));
  check('the other findings stay', second.diagnostics.length === first.diagnostics.length - 1,
    `${second.diagnostics.length} after, ${first.diagnostics.length} before`);
  const pulled = await request('textDocument/diagnostic', { textDocument: { uri } });
  check('pulled diagnostics agree with the pushed ones', pulled?.kind === 'full' && pulled.items.length === second.diagnostics.length, pulled);

  // shutdown (no params) and exit: the server exits with 0.
  const down = await request('shutdown');
  check('shutdown answers null', down === null, down);
  await connection.sendNotification('exit');
  const end = await within(STEP_MS, 'the server\'s exit', exited);
  check('the server exits with 0 after shutdown and exit', end.code === 0, end);
}

try {
  await session();
} catch (e) {
  check('no error in the session', false, e.stack ?? String(e));
}
clearTimeout(killer);
connection.dispose();
if (server.exitCode === null) server.kill('SIGKILL');
rmSync(workspace, { recursive: true, force: true });
if (failures.length > 0 && stderr.trim()) console.log(`\nserver's stderr:\n${stderr.slice(-4000)}`);
console.log(`\n${passed} passed, ${failures.length} failed`);
process.exit(failures.length > 0 ? 1 : 0);
