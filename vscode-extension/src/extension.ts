// Entry point: wires the language client, the commands and the Test Explorer together.

import * as vscode from 'vscode';
import { CASE_SCHEMA_SCHEME, CaseSchemaProvider } from './caseSchema';
import { WorkspaceChecker } from './checkWorkspace';
import { affectsServer } from './config';
import { evaluateCase } from './evaluate';
import { formatActiveDocument } from './format';
import { ServerManager } from './server';
import { ServerStatusBar } from './statusBar';
import { FixtureTests } from './testing';

let server: ServerManager | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverLog = vscode.window.createOutputChannel('Safeguards Language Server');
  const toolLog = vscode.window.createOutputChannel('Safeguards');
  const status = new ServerStatusBar('safeguards.showServerLog');
  server = new ServerManager(context, serverLog, status);
  const checker = new WorkspaceChecker(context.extensionPath, toolLog);
  const tests = new FixtureTests(context.extensionPath, toolLog);
  const caseSchema = new CaseSchemaProvider(context.extensionPath, toolLog);
  const s = server;

  context.subscriptions.push(
    serverLog,
    toolLog,
    status,
    server,
    checker,
    tests,
    caseSchema,
    vscode.workspace.registerTextDocumentContentProvider(CASE_SCHEMA_SCHEME, caseSchema),
    vscode.commands.registerCommand('safeguards.checkWorkspace', () => checker.run()),
    vscode.commands.registerCommand('safeguards.formatDocument', () => formatActiveDocument(s)),
    vscode.commands.registerCommand('safeguards.evaluateCase', () => evaluateCase(s)),
    vscode.commands.registerCommand('safeguards.restartServer', () => s.restart()),
    vscode.commands.registerCommand('safeguards.showServerLog', () => serverLog.show(true)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (affectsServer(e)) void s.restart();
    }),
  );

  // Don't make activation wait for the server: failures are reported by the status bar and a message.
  void server.start();
}

export async function deactivate(): Promise<void> {
  await server?.stop();
  server = undefined;
}
