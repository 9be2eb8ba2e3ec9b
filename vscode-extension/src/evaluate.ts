// Command `safeguards.evaluateCase`: sends `safeguards/evaluate` for the active pack and a case file and
// shows the findings in a webview.

import * as path from 'path';
import * as vscode from 'vscode';
import { RequestType } from 'vscode-languageclient/node';
import { validateAsOf } from './asOf';
import { normalizeEvaluateResponse, renderFindingsHtml } from './html';
import { LANGUAGE_ID, ServerManager } from './server';

export interface EvaluateParams {
  textDocument: { uri: string };
  caseUri: string;
  asOf?: string;
}

export const EvaluateRequest = new RequestType<EvaluateParams, unknown, void>('safeguards/evaluate');

let panel: vscode.WebviewPanel | undefined;

export async function evaluateCase(server: ServerManager): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== LANGUAGE_ID) {
    void vscode.window.showWarningMessage('Safeguards: open the .sg pack to evaluate a case against, then run this command.');
    return;
  }
  const client = server.readyClient;
  if (!client) {
    void vscode.window.showErrorMessage('Safeguards: the language server is not running; evaluating a case needs it.');
    return;
  }
  const doc = editor.document;
  const picked = await vscode.window.showOpenDialog({
    title: 'Case to evaluate',
    openLabel: 'Evaluate',
    canSelectMany: false,
    filters: { 'Case JSON': ['json'] },
    defaultUri: vscode.workspace.getWorkspaceFolder(doc.uri)?.uri,
  });
  if (!picked || picked.length === 0) return;
  const caseUri = picked[0];
  const asOf = await vscode.window.showInputBox({
    title: 'Reference time (as of)',
    prompt: 'Optional. An instant with offset; leave empty for now.',
    placeHolder: '2015-03-01T00:00:00+06:00',
    validateInput: validateAsOf,
  });
  if (asOf === undefined) return; // cancelled

  const params: EvaluateParams = {
    textDocument: { uri: client.code2ProtocolConverter.asUri(doc.uri) },
    caseUri: client.code2ProtocolConverter.asUri(caseUri),
  };
  if (asOf.trim()) params.asOf = asOf.trim();

  let raw: unknown;
  try {
    raw = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: 'Safeguards: evaluating the case' },
      () => client.sendRequest(EvaluateRequest, params),
    );
  } catch (e) {
    void vscode.window.showErrorMessage(`Safeguards: evaluation failed: ${(e as Error).message}`);
    return;
  }
  const response = normalizeEvaluateResponse(raw);
  const caseName = path.basename(caseUri.fsPath);
  if (!panel) {
    panel = vscode.window.createWebviewPanel('safeguards.findings', 'Safeguards findings', vscode.ViewColumn.Beside, {
      enableScripts: false,
      enableFindWidget: true,
      localResourceRoots: [],
    });
    panel.onDidDispose(() => (panel = undefined));
  }
  panel.title = `Findings: ${caseName}`;
  panel.webview.html = renderFindingsHtml(response, {
    cspSource: panel.webview.cspSource,
    packName: path.basename(doc.uri.fsPath),
    caseName,
    asOf: params.asOf,
  });
  panel.reveal(undefined, true);
}
