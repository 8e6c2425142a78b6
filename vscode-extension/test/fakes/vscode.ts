// A small stand-in for the `vscode` module, for tests of the modules that read the editor's state
// (src/config.ts). Installing it makes `require('vscode')` return this object.
import Module = require('node:module');

type Values = Record<string, unknown>;

class FakeConfiguration {
  constructor(
    private readonly values: Values,
    private readonly globalValues: Values,
  ) {}
  get<T>(section: string, defaultValue?: T): T | undefined {
    return (section in this.values ? this.values[section] : defaultValue) as T | undefined;
  }
  has(section: string): boolean {
    return section in this.values;
  }
  inspect<T>(section: string): { key: string; globalValue?: T; workspaceValue?: T } | undefined {
    const r: { key: string; globalValue?: T; workspaceValue?: T } = { key: section };
    if (section in this.globalValues) r.globalValue = this.globalValues[section] as T;
    if (section in this.values && this.values[section] !== this.globalValues[section]) r.workspaceValue = this.values[section] as T;
    return r;
  }
}

export const state = {
  /** Effective values of the `planlint` section (workspace over user). */
  settings: {} as Values,
  /** The user's own (global) values. */
  globalSettings: {} as Values,
  trusted: true,
  folders: [] as string[],
  requestedSections: [] as string[],
};

export const fakeVscode = {
  workspace: {
    getConfiguration(section?: string) {
      state.requestedSections.push(section ?? '');
      return new FakeConfiguration(state.settings, state.globalSettings);
    },
    get isTrusted() {
      return state.trusted;
    },
    get workspaceFolders() {
      return state.folders.length === 0
        ? undefined
        : state.folders.map((f, index) => ({ index, name: f.split('/').pop() ?? f, uri: { fsPath: f, scheme: 'file' } }));
    },
  },
};

export function resetFake(): void {
  state.settings = {};
  state.globalSettings = {};
  state.trusted = true;
  state.folders = [];
  state.requestedSections = [];
}

const M = Module as unknown as { _load: (request: string, parent: unknown, isMain: boolean) => unknown };
const originalLoad = M._load;
M._load = function load(this: unknown, request: string, parent: unknown, isMain: boolean): unknown {
  if (request === 'vscode') return fakeVscode;
  return originalLoad.call(this, request, parent, isMain);
};
