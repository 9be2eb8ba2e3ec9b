// Test Explorer: every fixture in `*.fixtures.json` is a test, run with
// `dotnet server/safeguards.dll test <pack folder> --format json --filter <fixture name>`.

import * as path from 'path';
import * as vscode from 'vscode';
import { testArgs } from './cliArgs';
import { currentPaths } from './config';
import { fixtureIds, findFixtures } from './fixtures';
import { describeSpawnError, ProcessResult, runProcess } from './process';
import { FixtureRequest, mapTestResults, parseTestOutput } from './testResults';

const GLOB = '**/*.fixtures.json';
const EXCLUDE = '**/{node_modules,bin,obj,.git}/**';

interface FixtureData {
  kind: 'fixture';
  name: string;
  file: vscode.Uri;
}

export class FixtureTests implements vscode.Disposable {
  private readonly ctrl: vscode.TestController;
  private readonly data = new WeakMap<vscode.TestItem, FixtureData>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly extensionPath: string,
    private readonly log: vscode.OutputChannel,
  ) {
    this.ctrl = vscode.tests.createTestController('safeguards.fixtures', 'Safeguards fixtures');
    this.disposables.push(this.ctrl);
    this.ctrl.resolveHandler = async (item) => {
      if (!item) await this.discoverAll();
    };
    this.ctrl.refreshHandler = () => this.discoverAll();
    this.ctrl.createRunProfile('Run', vscode.TestRunProfileKind.Run, (req, token) => this.run(req, token), true);

    const watcher = vscode.workspace.createFileSystemWatcher(GLOB);
    this.disposables.push(
      watcher,
      watcher.onDidCreate((uri) => this.updateFromDisk(uri)),
      watcher.onDidChange((uri) => this.updateFromDisk(uri)),
      watcher.onDidDelete((uri) => this.ctrl.items.delete(uri.toString())),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (isFixturesFile(e.document.uri)) this.update(e.document.uri, e.document.getText());
      }),
      vscode.workspace.onDidOpenTextDocument((doc) => {
        if (isFixturesFile(doc.uri)) this.update(doc.uri, doc.getText());
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.discoverAll()),
    );
  }

  async discoverAll(): Promise<void> {
    const uris = await vscode.workspace.findFiles(GLOB, EXCLUDE);
    const keep = new Set(uris.map((u) => u.toString()));
    this.ctrl.items.forEach((item) => {
      if (!keep.has(item.id)) this.ctrl.items.delete(item.id);
    });
    await Promise.all(uris.map((u) => this.updateFromDisk(u)));
  }

  private async updateFromDisk(uri: vscode.Uri): Promise<void> {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open) return this.update(uri, open.getText());
    try {
      const bytes = await vscode.workspace.fs.readFile(uri);
      this.update(uri, new TextDecoder('utf-8').decode(bytes));
    } catch {
      this.ctrl.items.delete(uri.toString());
    }
  }

  private update(uri: vscode.Uri, text: string): void {
    const parsed = findFixtures(text);
    let file = this.ctrl.items.get(uri.toString());
    if (!file) {
      file = this.ctrl.createTestItem(uri.toString(), vscode.workspace.asRelativePath(uri), uri);
      this.ctrl.items.add(file);
    }
    file.error = parsed.error ? `Not valid JSON: ${parsed.error}` : undefined;
    file.description = parsed.pack;
    const ids = fixtureIds(parsed.fixtures);
    const children = parsed.fixtures.map((f, i) => {
      const item = this.ctrl.createTestItem(ids[i], f.name, uri);
      item.range = new vscode.Range(f.range.start.line, f.range.start.character, f.range.end.line, f.range.end.character);
      this.data.set(item, { kind: 'fixture', name: f.name, file: uri });
      return item;
    });
    file.children.replace(children);
  }

  private async run(request: vscode.TestRunRequest, token: vscode.CancellationToken): Promise<void> {
    if (!request.include) await this.discoverAll();
    const run = this.ctrl.createTestRun(request);
    const excluded = new Set(request.exclude ?? []);
    // Fixtures to run, grouped by fixtures file; `whole` when every fixture of the file is requested.
    const groups = new Map<string, { uri: vscode.Uri; whole: boolean; items: vscode.TestItem[] }>();
    const addFile = (file: vscode.TestItem) => {
      const items: vscode.TestItem[] = [];
      file.children.forEach((c) => {
        if (!excluded.has(c)) items.push(c);
      });
      const g = groups.get(file.id) ?? { uri: file.uri!, whole: false, items: [] };
      g.whole = items.length === file.children.size;
      g.items = items;
      groups.set(file.id, g);
    };
    const addFixture = (item: vscode.TestItem) => {
      const d = this.data.get(item);
      if (!d || excluded.has(item)) return;
      const g = groups.get(d.file.toString()) ?? { uri: d.file, whole: false, items: [] };
      if (!g.items.includes(item)) g.items.push(item);
      groups.set(d.file.toString(), g);
    };
    if (request.include) {
      for (const item of request.include) {
        if (this.data.has(item)) addFixture(item);
        else if (!excluded.has(item)) addFile(item);
      }
    } else {
      this.ctrl.items.forEach((file) => {
        if (!excluded.has(file)) addFile(file);
      });
    }
    for (const g of groups.values()) g.items.forEach((i) => run.enqueued(i));

    const paths = currentPaths(this.extensionPath);
    // One run of the whole pack folder serves every whole fixtures file in it.
    const folderRuns = new Map<string, Promise<ProcessResult>>();
    const exec = (folder: string, filter?: string): Promise<ProcessResult> => {
      const args = testArgs(paths.cliDll, folder, filter);
      const line = `> ${paths.dotnet} ${args.map(quote).join(' ')}`;
      this.log.appendLine(line);
      run.appendOutput(line + '\r\n');
      return runProcess(paths.dotnet, args, { cwd: folder, cancellation: token });
    };

    try {
      for (const g of groups.values()) {
        if (token.isCancellationRequested) break;
        const folder = path.dirname(g.uri.fsPath);
        if (g.whole) {
          g.items.forEach((i) => run.started(i));
          let p = folderRuns.get(folder);
          if (!p) {
            p = exec(folder);
            folderRuns.set(folder, p);
          }
          const started = Date.now();
          const r = await p;
          this.report(run, r, g.items, folder, Date.now() - started, paths.dotnet);
        } else {
          for (const item of g.items) {
            if (token.isCancellationRequested) break;
            run.started(item);
            const started = Date.now();
            const r = await exec(folder, this.data.get(item)!.name);
            this.report(run, r, [item], folder, Date.now() - started, paths.dotnet);
          }
        }
      }
    } finally {
      run.end();
    }
  }

  private report(
    run: vscode.TestRun,
    r: ProcessResult,
    items: vscode.TestItem[],
    folder: string,
    duration: number,
    dotnet: string,
  ): void {
    if (r.cancelled) {
      items.forEach((i) => run.skipped(i));
      return;
    }
    const output = (r.stdout + r.stderr).replace(/\r?\n/g, '\r\n');
    run.appendOutput(output.endsWith('\r\n') || !output ? output : output + '\r\n');
    if (r.spawnError) {
      const msg = `Could not run '${dotnet}' (${describeSpawnError(r.spawnError)}). Install the .NET 10 runtime or set "safeguards.dotnet.path".`;
      items.forEach((i) => run.errored(i, new vscode.TestMessage(msg)));
      return;
    }
    let parsed;
    try {
      parsed = parseTestOutput(r.stdout);
    } catch (e) {
      const detail = r.stderr.trim() || r.stdout.trim();
      const msg = `${(e as Error).message} (exit code ${r.code}).${detail ? `\n${detail}` : ''}`;
      items.forEach((i) => run.errored(i, new vscode.TestMessage(msg)));
      return;
    }
    const requests: FixtureRequest[] = items.map((i) => ({
      key: i.id,
      file: i.uri!.fsPath,
      name: this.data.get(i)!.name,
    }));
    const byKey = new Map(items.map((i) => [i.id, i]));
    const each = items.length > 0 ? Math.round(duration / items.length) : duration;
    for (const m of mapTestResults(parsed, requests, folder)) {
      const item = byKey.get(m.key)!;
      if (m.state === 'passed') run.passed(item, each);
      else if (m.state === 'errored') run.errored(item, new vscode.TestMessage(m.message), each);
      else {
        const messages = m.failures.map((f) => {
          const tm =
            f.expected || f.actual ? vscode.TestMessage.diff(f.message, f.expected, f.actual) : new vscode.TestMessage(f.message);
          if (item.uri && item.range) tm.location = new vscode.Location(item.uri, item.range);
          return tm;
        });
        run.failed(item, messages, each);
      }
    }
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}

function isFixturesFile(uri: vscode.Uri): boolean {
  return uri.scheme === 'file' && uri.path.endsWith('.fixtures.json');
}

function quote(a: string): string {
  return /^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`;
}
