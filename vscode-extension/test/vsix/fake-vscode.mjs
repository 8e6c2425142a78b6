// A small fake of the `vscode` module, enough to load the bundled extension and run activate()
// when planlint is missing or too old (then no language client is started). Members the test does
// not care about are an inert stand-in that can be called, constructed and extended.
import Module from 'node:module';

const inert = new Proxy(function inert() {}, {
  get: (_t, prop) => (prop === Symbol.toPrimitive ? () => '' : prop === 'then' ? undefined : inert),
  apply: () => inert,
  construct: () => inert,
});

export function createFake({ settings = {}, folders = [] } = {}) {
  const log = { commands: [], errorMessages: [], infoMessages: [], statusItems: [], outputLines: [], foldingProviders: [] };
  const disposable = { dispose() {} };
  const event = () => disposable;
  const vscode = {
    StatusBarAlignment: { Left: 1, Right: 2 },
    FoldingRangeKind: { Comment: 1, Imports: 2, Region: 3 },
    FoldingRange: class {
      constructor(start, end, kind) {
        Object.assign(this, { start, end, kind });
      }
    },
    Uri: { joinPath: (base, ...parts) => ({ fsPath: [base.fsPath, ...parts].join('/') }), file: (p) => ({ fsPath: p, scheme: 'file' }) },
    window: {
      createOutputChannel: (name) => ({ name, appendLine: (l) => log.outputLines.push(l), append() {}, show() {}, dispose() {} }),
      createStatusBarItem: (id, alignment, priority) => {
        const item = { id, alignment, priority, text: '', tooltip: '', command: undefined, visible: false, show() { this.visible = true; }, hide() { this.visible = false; }, dispose() {} };
        log.statusItems.push(item);
        return item;
      },
      showErrorMessage: async (text, ...actions) => {
        log.errorMessages.push({ text, actions });
        return undefined;
      },
      showInformationMessage: async (text) => {
        log.infoMessages.push(text);
        return undefined;
      },
      activeTextEditor: undefined,
    },
    commands: {
      registerCommand: (id, fn) => {
        log.commands.push(id);
        vscode.commands.handlers.set(id, fn);
        return disposable;
      },
      handlers: new Map(),
      executeCommand: async () => undefined,
    },
    languages: {
      registerFoldingRangeProvider: (selector, provider) => {
        log.foldingProviders.push({ selector, provider });
        return disposable;
      },
      onDidChangeDiagnostics: event,
      getDiagnostics: () => [],
    },
    workspace: {
      getConfiguration: () => ({
        get: (key, dflt) => (key in settings ? settings[key] : dflt),
        inspect: (key) => ({ key, globalValue: settings[key] }),
      }),
      isTrusted: true,
      workspaceFolders: folders.length ? folders.map((f, index) => ({ index, name: f, uri: { fsPath: f, scheme: 'file' } })) : undefined,
      onDidChangeConfiguration: event,
      onDidGrantWorkspaceTrust: event,
    },
  };
  return {
    log,
    vscode: new Proxy(vscode, { get: (t, p) => (p in t ? t[p] : inert) }),
  };
}

/** Makes `require('vscode')` return `fake` while `fn` runs. */
export async function withFakeVscode(fake, fn) {
  const original = Module._load;
  Module._load = function load(request, parent, isMain) {
    if (request === 'vscode') return fake;
    return original.call(this, request, parent, isMain);
  };
  try {
    return await fn();
  } finally {
    Module._load = original;
  }
}
