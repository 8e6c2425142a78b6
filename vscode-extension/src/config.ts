// Reading the settings and the environment from the editor (the one place besides extension.ts
// that imports `vscode`; tested with a fake `vscode` module).
import * as vscode from 'vscode';

import type { ResolveInput } from './binary';
import { readSettings, type Settings } from './settings';

export const SECTION = 'planlint';

export function currentSettings(): Settings {
  return readSettings(vscode.workspace.getConfiguration(SECTION));
}

/** The first workspace folder's path, if a folder is open. */
export function firstWorkspaceFolder(): string | undefined {
  return vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
}

/**
 * What binary resolution needs. In a workspace that is not trusted, `planlint.path` only counts
 * from the user's own settings (a shared folder must not choose the program that runs).
 */
export function resolveInputFor(extensionPath: string, settings: Settings): ResolveInput {
  let configuredPath = settings.path;
  if (!vscode.workspace.isTrusted) {
    const inspected = vscode.workspace.getConfiguration(SECTION).inspect<string>('path');
    configuredPath = (inspected?.globalValue ?? '').trim();
  }
  return {
    configuredPath,
    envPath: process.env['PATH'],
    envPathExt: process.env['PATHEXT'],
    platform: process.platform,
    arch: process.arch,
    extensionPath,
    workspaceFolder: firstWorkspaceFolder(),
  };
}
