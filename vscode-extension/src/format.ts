// Command `safeguards.formatDocument`: asks the language server to format the active document.

import * as vscode from 'vscode';
import { DocumentFormattingRequest } from 'vscode-languageclient/node';
import { LANGUAGE_ID, ServerManager } from './server';

export async function formatActiveDocument(server: ServerManager): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== LANGUAGE_ID) {
    void vscode.window.showWarningMessage('Safeguards: open a .sg file to format it.');
    return;
  }
  const client = server.readyClient;
  if (!client) {
    void vscode.window.showErrorMessage('Safeguards: the language server is not running; formatting needs it.');
    return;
  }
  const doc = editor.document;
  const version = doc.version;
  const edits = await client.sendRequest(DocumentFormattingRequest.type, {
    textDocument: client.code2ProtocolConverter.asTextDocumentIdentifier(doc),
    options: {
      tabSize: typeof editor.options.tabSize === 'number' ? editor.options.tabSize : 2,
      insertSpaces: editor.options.insertSpaces !== false,
    },
  });
  if (!edits || edits.length === 0) return;
  if (doc.version !== version) {
    void vscode.window.showWarningMessage('Safeguards: the document changed while it was being formatted; try again.');
    return;
  }
  const converted = await client.protocol2CodeConverter.asTextEdits(edits);
  const we = new vscode.WorkspaceEdit();
  we.set(doc.uri, converted ?? []);
  await vscode.workspace.applyEdit(we);
}
