// Case files in the editor: serves the JSON Schema of the workspace's rule packs (`safeguards schema`, run
// with the bundled CLI) at CASE_SCHEMA_URI, which package.json's `jsonValidation` gives to VS Code's JSON
// language service for `cases/**/*.json` and `*.case.json`. A monitor typing a case then gets completion
// of schemas, event types, attributes and fact values, hovers with their descriptions, and squiggles for
// mistakes. The schema is regenerated when a rule file changes. Nothing is written to the workspace.

import * as path from 'path';
import * as vscode from 'vscode';
import { CaseJsonSchema, mergeCaseSchemas, packFolders, unavailableSchema } from './caseSchemaMerge';
import { currentPaths } from './config';
import { describeSpawnError, runProcess } from './process';

export const CASE_SCHEMA_SCHEME = 'safeguards-case-schema';
export const CASE_SCHEMA_URI = vscode.Uri.parse(`${CASE_SCHEMA_SCHEME}:/case.schema.json`);

/** Folders that never hold a user's rule pack (build output, dependencies, caches). */
const EXCLUDE = '**/{node_modules,bin,obj,.cache,artifacts,out,dist}/**';

export class CaseSchemaProvider implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private current: Promise<string> | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];
  private warned = false;

  constructor(
    private readonly extensionPath: string,
    private readonly log: vscode.OutputChannel,
  ) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.sg');
    const stale = () => this.invalidate();
    this.subscriptions.push(
      watcher,
      watcher.onDidChange(stale),
      watcher.onDidCreate(stale),
      watcher.onDidDelete(stale),
      vscode.workspace.onDidChangeWorkspaceFolders(stale),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('safeguards.cases.rules') || e.affectsConfiguration('safeguards.cli.path')) stale();
      }),
    );
  }

  provideTextDocumentContent(uri: vscode.Uri): Promise<string> | string {
    if (uri.toString() !== CASE_SCHEMA_URI.toString()) return '{}';
    if (!this.current) {
      const generating = this.generate().catch((e: Error) => {
        // Not kept: the next request tries again (a rule file may be fixed in between).
        this.current = undefined;
        this.log.appendLine(`[cases] the case schema could not be made: ${e.message}`);
        throw e;
      });
      this.current = generating;
    }
    return this.current;
  }

  /** Drops the cached schema and tells VS Code (the JSON language service re-reads it and revalidates). */
  invalidate(): void {
    this.current = undefined;
    this.changed.fire(CASE_SCHEMA_URI);
  }

  private async generate(): Promise<string> {
    const folders = await this.packFolders();
    const paths = currentPaths(this.extensionPath);
    const packs: { pack: string; schema: CaseJsonSchema }[] = [];
    const failures: string[] = [];
    for (const folder of folders) {
      const args = [paths.cliDll, 'schema', folder];
      this.log.appendLine(`> ${paths.dotnet} ${args.join(' ')}`);
      const r = await runProcess(paths.dotnet, args, { cwd: folder });
      if (r.spawnError) {
        failures.push(`could not run '${paths.dotnet}' (${describeSpawnError(r.spawnError)})`);
        break;
      }
      if (r.code !== 0) {
        // A folder whose rules have errors gives no schema; its errors are in the Problems panel already.
        this.log.appendLine(`[cases] no case schema from ${folder} (exit code ${r.code}): ${r.stderr.split('\n')[0]}`);
        failures.push(`${vscode.workspace.asRelativePath(folder)}: exit code ${r.code}`);
        continue;
      }
      try {
        packs.push({ pack: vscode.workspace.asRelativePath(folder), schema: JSON.parse(r.stdout) as CaseJsonSchema });
      } catch (e) {
        failures.push(`${folder}: the schema is not JSON (${(e as Error).message})`);
      }
    }
    if (packs.length === 0) {
      const reason = folders.length === 0
        ? 'Safeguards: no rule files (.sg) in the workspace, so case files are not checked.'
        : `Safeguards: no rule pack in the workspace could be read, so case files are not checked (${failures.join('; ')}).`;
      this.log.appendLine(`[cases] ${reason}`);
      if (!this.warned && folders.length > 0) {
        this.warned = true;
        void vscode.window.showWarningMessage(reason);
      }
      return JSON.stringify(unavailableSchema(reason));
    }
    const merged = mergeCaseSchemas(packs);
    for (const d of merged.duplicates) this.log.appendLine(`[cases] case '${d.name}' is declared in ${d.kept} and ${d.ignored}; case files use ${d.kept}'s`);
    this.log.appendLine(`[cases] case files are checked against ${packs.map((p) => p.pack).join(', ')}`);
    return JSON.stringify(merged.schema, null, 2);
  }

  /** `safeguards.cases.rules` when set (relative to each workspace folder), else every folder holding .sg files. */
  private async packFolders(): Promise<string[]> {
    const configured = vscode.workspace.getConfiguration('safeguards').get<string[]>('cases.rules') ?? [];
    if (configured.length > 0) {
      const roots = (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.fsPath);
      return configured.flatMap((p) => (path.isAbsolute(p) ? [p] : roots.map((r) => path.join(r, p))));
    }
    const files = await vscode.workspace.findFiles('**/*.sg', EXCLUDE, 200);
    return packFolders(files.map((f) => f.fsPath), path.dirname);
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.changed.dispose();
  }
}
