// src/config.ts reads the editor's settings; here `vscode` is the fake in test/fakes/vscode.ts.
import { resetFake, state } from '../fakes/vscode';

import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';

import { currentSettings, firstWorkspaceFolder, resolveInputFor } from '../../src/config';

beforeEach(resetFake);

test('currentSettings reads the planlint section', () => {
  state.settings = { path: '/opt/planlint', profile: 'smorte', lang: 'en', 'trace.server': 'messages' };
  assert.deepEqual(currentSettings(), { path: '/opt/planlint', profile: 'smorte', lang: 'en', trace: 'messages' });
  assert.deepEqual(state.requestedSections, ['planlint']);
});

test('the first workspace folder is the base of relative paths', () => {
  assert.equal(firstWorkspaceFolder(), undefined);
  state.folders = ['/work/planer', '/work/andre'];
  assert.equal(firstWorkspaceFolder(), '/work/planer');
  const input = resolveInputFor('/ext', currentSettings());
  assert.equal(input.workspaceFolder, '/work/planer');
  assert.equal(input.extensionPath, '/ext');
  assert.equal(input.platform, process.platform);
  assert.equal(input.envPath, process.env['PATH']);
});

test('a trusted workspace may choose planlint.path', () => {
  state.settings = { path: './tools/planlint' };
  state.globalSettings = {};
  assert.equal(resolveInputFor('/ext', currentSettings()).configuredPath, './tools/planlint');
});

test('an untrusted workspace cannot choose the program: only the user setting counts', () => {
  state.trusted = false;
  state.settings = { path: './evil/planlint' };
  state.globalSettings = {};
  assert.equal(resolveInputFor('/ext', currentSettings()).configuredPath, '');
  state.globalSettings = { path: '/opt/planlint/planlint' };
  state.settings = { path: './evil/planlint' };
  assert.equal(resolveInputFor('/ext', currentSettings()).configuredPath, '/opt/planlint/planlint');
});
