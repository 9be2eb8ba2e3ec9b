// Command `safeguards.checkWorkspace`: runs `safeguards check` on each workspace folder and puts the
// results in the Problems view.

import * as vscode from 'vscode';
import { checkArgs } from './cliArgs';
import { CliDiagnostic, CliSeverity, groupByFile, parseCliOutput } from './cliOutput';
import { currentPaths } from './config';
import { describeSpawnError, runProcess } from './process';

const SEVERITY: Record<CliSeverity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

export function toDiagnostic(d: CliDiagnostic): vscode.Diagnostic {
  const start = new vscode.Position(d.line, d.column);
  const end = d.endLine !== undefined && d.endColumn !== undefined ? new vscode.Position(d.endLine, d.endColumn) : start;
  // An empty range is shown on the word at that position.
  const diag = new vscode.Diagnostic(new vscode.Range(start, end), d.message, SEVERITY[d.severity]);
  diag.code = d.code;
  diag.source = 'safeguards check';
  if (d.related?.length) {
    diag.relatedInformation = d.related.map(
      (r) =>
        new vscode.DiagnosticRelatedInformation(
          new vscode.Location(vscode.Uri.file(r.file), new vscode.Position(r.line, r.column)),
          r.message,
        ),
    );
  }
  return diag;
}

export class WorkspaceChecker implements vscode.Disposable {
  readonly diagnostics = vscode.languages.createDiagnosticCollection('safeguards-check');

  constructor(
    private readonly extensionPath: string,
    private readonly log: vscode.OutputChannel,
  ) {}

  async run(): Promise<void> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    if (folders.length === 0) {
      void vscode.window.showWarningMessage('Safeguards: open a folder to check it.');
      return;
    }
    const paths = currentPaths(this.extensionPath);
    await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Safeguards: checking the workspace', cancellable: true },
      async (_progress, token) => {
        this.diagnostics.clear();
        let total = 0;
        let files = 0;
        for (const folder of folders) {
          if (token.isCancellationRequested) return;
          const dir = folder.uri.fsPath;
          const args = checkArgs(paths.cliDll, dir);
          this.log.appendLine(`> ${paths.dotnet} ${args.join(' ')}`);
          const r = await runProcess(paths.dotnet, args, { cwd: dir, cancellation: token });
          if (r.cancelled) return;
          if (r.spawnError) {
            void vscode.window.showErrorMessage(
              `Safeguards: could not run '${paths.dotnet}' (${describeSpawnError(r.spawnError)}). ` +
                `Install the .NET 10 runtime or set "safeguards.dotnet.path".`,
            );
            return;
          }
          const text = r.stdout + (r.stdout.endsWith('\n') || !r.stderr ? '' : '\n') + r.stderr;
          this.log.append(text.endsWith('\n') || !text ? text : text + '\n');
          const found = parseCliOutput(text, dir);
          for (const [file, list] of groupByFile(found)) {
            this.diagnostics.set(vscode.Uri.file(file), list.map(toDiagnostic));
            files++;
          }
          total += found.length;
          if (found.length === 0 && r.code !== 0) {
            const choice = await vscode.window.showErrorMessage(
              `Safeguards: 'safeguards check' failed in ${folder.name} (exit code ${r.code}) without reporting diagnostics.`,
              'Show Output',
            );
            if (choice) this.log.show(true);
          }
        }
        const summary = total === 0 ? 'no problems found' : `${total} problem${total === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}`;
        this.log.appendLine(`[check] ${summary}`);
        if (total > 0) void vscode.commands.executeCommand('workbench.actions.view.problems');
        else void vscode.window.showInformationMessage(`Safeguards: ${summary}.`);
      },
    );
  }

  dispose(): void {
    this.diagnostics.dispose();
  }
}
