// The VS Code extension: starts `planlint lsp` with vscode-languageclient, keeps the status bar
// item up to date, and provides the commands "Vis dagsorden", "Ret alle sikre fejl" and
// "Genstart serveren". The logic lives in the plain modules beside this file.
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  RevealOutputChannelOn,
  State,
  type CloseHandlerResult,
  type ErrorHandlerResult,
  type LanguageClientOptions,
} from 'vscode-languageclient/node';

import { resolveBinary, type Resolution } from './binary';
import { agendaArgs, fixAllArgs, interpretAgenda, interpretFix, withContentSecurityPolicy } from './cli';
import { currentSettings, resolveInputFor } from './config';
import { foldingRanges } from './folding';
import * as msg from './messages';
import { CrashPolicy } from './restarts';
import {
  buildClientOptions,
  buildInitializationOptions,
  buildServerOptions,
  CLIENT_ID,
  CLIENT_NAME,
  CONFIGURATION_SECTION,
  configurationPayload,
  FIX_ALL_KIND,
  LANGUAGE_ID,
  serverOffersFixAll,
} from './serverOptions';
import { settingsChangeAction, type Settings } from './settings';
import { RESTART_COMMAND, SHOW_OUTPUT_COMMAND, StatusController } from './status';
import { probeVersion, runProgram } from './version';

class Planlint implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private settings: Settings = currentSettings();
  private readonly output = vscode.window.createOutputChannel(CLIENT_NAME);
  private readonly traceOutput = vscode.window.createOutputChannel(`${CLIENT_NAME} (sporing)`);
  private readonly status: StatusController;
  private readonly statusItem: vscode.StatusBarItem;
  private readonly crashes = new CrashPolicy();
  private agendaPanel: vscode.WebviewPanel | undefined;
  /** Serialises start, stop and restart. */
  private lifecycle: Promise<void> = Promise.resolve();

  constructor(private readonly context: vscode.ExtensionContext) {
    this.statusItem = vscode.window.createStatusBarItem('planlint.status', vscode.StatusBarAlignment.Left, 0);
    this.status = new StatusController(this.statusItem);
  }

  register(): void {
    const c = this.context.subscriptions;
    c.push(
      this,
      vscode.commands.registerCommand(RESTART_COMMAND, () => this.restart(true)),
      vscode.commands.registerCommand(SHOW_OUTPUT_COMMAND, () => this.output.show(true)),
      vscode.commands.registerCommand('planlint.fixAll', () => this.fixAll()),
      vscode.commands.registerCommand('planlint.showAgenda', () => this.showAgenda()),
      vscode.languages.registerFoldingRangeProvider(
        { language: LANGUAGE_ID },
        {
          provideFoldingRanges: (document) =>
            foldingRanges(document.getText().split(/\r?\n/)).map(
              (r) => new vscode.FoldingRange(r.start, r.end, r.kind === 'region' ? vscode.FoldingRangeKind.Region : undefined),
            ),
        },
      ),
      vscode.languages.onDidChangeDiagnostics(() => this.updateFindings()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration('planlint')) return;
        const before = this.settings;
        this.settings = currentSettings();
        const action = settingsChangeAction(before, this.settings);
        if (action === 'restart') void this.restart(false);
        else if (action === 'notify' && this.client?.isRunning()) {
          void this.client.sendNotification('workspace/didChangeConfiguration', configurationPayload(this.settings));
        }
      }),
      vscode.workspace.onDidGrantWorkspaceTrust(() => void this.restart(false)),
    );
  }

  start(): Promise<void> {
    return this.serialise(() => this.doStart());
  }

  restart(byUser: boolean): Promise<void> {
    if (byUser) this.crashes.reset();
    return this.serialise(async () => {
      await this.doStop();
      await this.doStart();
    });
  }

  dispose(): void {
    void this.serialise(() => this.doStop());
    this.agendaPanel?.dispose();
    this.statusItem.dispose();
    this.output.dispose();
    this.traceOutput.dispose();
  }

  stop(): Promise<void> {
    return this.serialise(() => this.doStop());
  }

  private serialise(step: () => Promise<void>): Promise<void> {
    this.lifecycle = this.lifecycle.then(step, step);
    return this.lifecycle;
  }

  private resolve(): Resolution {
    return resolveBinary(resolveInputFor(this.context.extensionPath, this.settings));
  }

  private async doStart(): Promise<void> {
    this.settings = currentSettings();
    this.status.setState('starting');
    const resolution = this.resolve();
    if (resolution.kind === 'missing') {
      this.output.appendLine(`planlint blev ikke fundet. Prøvet: ${resolution.tried.join(', ') || '(ingen steder)'}`);
      this.status.setState('missing');
      void this.showError(msg.missingBinaryMessage(resolution), [msg.ACTION_OPEN_SETTINGS, msg.ACTION_SHOW_HELP]);
      return;
    }
    const binary = resolution.path;
    const check = await probeVersion(binary);
    if (check.kind !== 'ok') {
      this.status.setState(check.kind === 'too-old' ? 'too-old' : 'failed', binary);
      void this.showError(msg.versionProblemMessage(binary, check), [msg.ACTION_OPEN_SETTINGS, msg.ACTION_SHOW_HELP]);
      return;
    }
    const detail = `planlint ${check.version} (${binary})`;
    const from = { setting: 'indstillingen planlint.path', path: 'PATH', bundled: 'udvidelsen' }[resolution.source];
    this.output.appendLine(`Starter ${binary} lsp (version ${check.version}, fundet via ${from}).`);

    const serverOptions = buildServerOptions(binary, process.env, vscode.workspace.workspaceFolders?.[0]?.uri.fsPath);
    const clientOptions: LanguageClientOptions = {
      ...buildClientOptions(this.settings),
      outputChannel: this.output,
      traceOutputChannel: this.traceOutput,
      revealOutputChannelOn: RevealOutputChannelOn.Never,
      middleware: {
        workspace: {
          // A server that asks for the `planlint` section gets the checked settings, as in
          // initializationOptions, not the raw editor configuration.
          configuration: async (params, token, next) => {
            const raw = await next(params, token);
            if (!Array.isArray(raw)) return raw;
            return params.items.map((item, i) =>
              item.section === CONFIGURATION_SECTION ? buildInitializationOptions(this.settings) : raw[i],
            );
          },
        },
      },
      errorHandler: {
        error: (): ErrorHandlerResult => ({ action: ErrorAction.Continue }),
        closed: (): CloseHandlerResult => {
          if (this.crashes.shouldRestart()) return { action: CloseAction.Restart };
          this.status.setState('stopped', detail);
          void this.showError(msg.SERVER_STOPPED_MESSAGE, [msg.ACTION_RESTART, msg.ACTION_SHOW_OUTPUT]);
          return { action: CloseAction.DoNotRestart, handled: true };
        },
      },
    };
    const client = new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
    this.client = client;
    client.onDidChangeState((e) => {
      if (this.client !== client) return;
      if (e.newState === State.Running) {
        this.status.setState('running', detail);
        this.updateFindings();
      } else if (e.newState === State.Starting) {
        this.status.setState('starting', detail);
      } else {
        this.status.setState('stopped', detail);
      }
    });
    try {
      await client.start();
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      this.output.appendLine(`Sprogserveren kunne ikke starte: ${text}`);
      this.status.setState('failed', detail);
      void this.showError(msg.serverStartFailedMessage(text), [msg.ACTION_SHOW_OUTPUT, msg.ACTION_RESTART]);
    }
  }

  private async doStop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (client === undefined) return;
    try {
      if (client.needsStop()) await client.stop(3000);
    } catch (error) {
      this.output.appendLine(`Sprogserveren stoppede ikke pænt: ${error instanceof Error ? error.message : String(error)}`);
    }
    try {
      await client.dispose();
    } catch {
      // already stopped
    }
    this.status.setState('stopped');
  }

  private updateFindings(): void {
    if (this.client === undefined || !this.client.isRunning()) return;
    const all: vscode.Diagnostic[] = [];
    for (const [, diagnostics] of vscode.languages.getDiagnostics()) all.push(...diagnostics);
    this.status.setFindings(all.filter((d) => d.source === 'planlint'));
  }

  private async showError(text: string, actions: string[]): Promise<void> {
    const choice = await vscode.window.showErrorMessage(text, ...actions);
    if (choice === msg.ACTION_OPEN_SETTINGS) {
      await vscode.commands.executeCommand('workbench.action.openSettings', 'planlint.path');
    } else if (choice === msg.ACTION_SHOW_HELP) {
      const readme = vscode.Uri.joinPath(this.context.extensionUri, 'README.md');
      await vscode.commands.executeCommand('markdown.showPreview', readme);
    } else if (choice === msg.ACTION_SHOW_OUTPUT) {
      this.output.show(true);
    } else if (choice === msg.ACTION_RESTART) {
      await this.restart(true);
    }
  }

  private async fixAll(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (editor === undefined || editor.document.languageId !== LANGUAGE_ID) {
      void vscode.window.showInformationMessage(msg.FIX_ALL_NO_EDITOR_MESSAGE);
      return;
    }
    const document = editor.document;
    const client = this.client;
    if (client !== undefined && client.isRunning() && serverOffersFixAll(client.initializeResult?.capabilities.codeActionProvider)) {
      const whole = new vscode.Range(0, 0, document.lineCount, 0);
      const actions =
        (await vscode.commands.executeCommand<vscode.CodeAction[] | undefined>(
          'vscode.executeCodeActionProvider',
          document.uri,
          whole,
          FIX_ALL_KIND,
          20,
        )) ?? [];
      const ours = actions.filter((a) => a.kind !== undefined && vscode.CodeActionKind.SourceFixAll.append('planlint').contains(a.kind));
      let applied = false;
      for (const action of ours) {
        if (action.edit !== undefined && action.edit.size > 0) applied = (await vscode.workspace.applyEdit(action.edit)) || applied;
        if (action.command !== undefined) {
          await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
          applied = true;
        }
      }
      void vscode.window.showInformationMessage(applied ? msg.fixAllDoneMessage() : msg.FIX_ALL_NOTHING_MESSAGE);
      return;
    }

    // Without a server that offers it: planlint check --fix on the saved file.
    if (document.isUntitled || document.uri.scheme !== 'file') {
      void vscode.window.showInformationMessage(msg.FIX_ALL_UNTITLED_MESSAGE);
      return;
    }
    if (document.isDirty && !(await document.save())) return;
    const resolution = this.resolve();
    if (resolution.kind === 'missing') {
      void this.showError(msg.missingBinaryMessage(resolution), [msg.ACTION_OPEN_SETTINGS, msg.ACTION_SHOW_HELP]);
      return;
    }
    const file = document.uri.fsPath;
    const result = await runProgram(resolution.path, fixAllArgs(file, this.settings), { cwd: path.dirname(file), timeoutMs: 60_000 });
    const outcome = interpretFix(result);
    if (outcome.kind === 'done') void vscode.window.showInformationMessage(msg.FIX_ALL_CLI_DONE_MESSAGE);
    else void vscode.window.showErrorMessage(msg.fixAllFailedMessage(outcome.detail));
  }

  private async showAgenda(): Promise<void> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    if (folders.length === 0) {
      void vscode.window.showInformationMessage(msg.NO_WORKSPACE_MESSAGE);
      return;
    }
    const folder =
      folders.length === 1 ? folders[0] : await vscode.window.showWorkspaceFolderPick({ placeHolder: 'Vælg mappen med planerne' });
    if (folder === undefined) return;
    const resolution = this.resolve();
    if (resolution.kind === 'missing') {
      void this.showError(msg.missingBinaryMessage(resolution), [msg.ACTION_OPEN_SETTINGS, msg.ACTION_SHOW_HELP]);
      return;
    }
    const binary = resolution.path;
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Planlint: laver dagsordenen …' },
      () => runProgram(binary, agendaArgs(folder.uri.fsPath), { cwd: folder.uri.fsPath, timeoutMs: 120_000 }),
    );
    const agenda = interpretAgenda(result);
    if (agenda.kind === 'unsupported') {
      void vscode.window.showErrorMessage(msg.agendaUnsupportedMessage(binary, agenda.detail));
      return;
    }
    if (agenda.kind === 'failed') {
      void vscode.window.showErrorMessage(msg.agendaFailedMessage(agenda.detail));
      return;
    }
    const title = `${msg.AGENDA_TITLE} – ${folder.name}`;
    if (this.agendaPanel === undefined) {
      this.agendaPanel = vscode.window.createWebviewPanel('planlint.agenda', title, vscode.ViewColumn.Active, {
        enableScripts: false,
        enableFindWidget: true,
        localResourceRoots: [],
      });
      this.agendaPanel.onDidDispose(() => (this.agendaPanel = undefined));
    } else {
      this.agendaPanel.title = title;
      this.agendaPanel.reveal();
    }
    this.agendaPanel.webview.html = withContentSecurityPolicy(agenda.html);
  }
}

let planlint: Planlint | undefined;

export function activate(context: vscode.ExtensionContext): void {
  planlint = new Planlint(context);
  planlint.register();
  void planlint.start();
}

export async function deactivate(): Promise<void> {
  const p = planlint;
  planlint = undefined;
  await p?.stop();
}
