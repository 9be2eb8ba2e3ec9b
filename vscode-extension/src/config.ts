// Reads the extension's settings.

import * as vscode from 'vscode';
import { ResolvedPaths, resolvePaths } from './cliArgs';

export function currentPaths(extensionPath: string): ResolvedPaths {
  const c = vscode.workspace.getConfiguration('safeguards');
  return resolvePaths(extensionPath, {
    dotnetPath: c.get<string>('dotnet.path'),
    serverPath: c.get<string>('server.path'),
    cliPath: c.get<string>('cli.path'),
  });
}

/** True when a change affects how the server is started. */
export function affectsServer(e: vscode.ConfigurationChangeEvent): boolean {
  return e.affectsConfiguration('safeguards.server.path') || e.affectsConfiguration('safeguards.dotnet.path');
}
