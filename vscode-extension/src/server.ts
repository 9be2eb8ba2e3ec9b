// Starts, stops and restarts the language server (`dotnet server/Safeguards.LanguageServer.dll` over stdio).

import * as fs from 'fs';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, State, TransportKind } from 'vscode-languageclient/node';
import { currentPaths } from './config';
import { describeSpawnError, runProcess } from './process';
import { DOWNLOAD_URL, checkRuntimes, dotnetNotFoundMessage } from './runtimeCheck';
import { ServerStatusBar } from './statusBar';

export const LANGUAGE_ID = 'safeguards';

export class ServerManager implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private stateSub: vscode.Disposable | undefined;
  private starting: Promise<void> | undefined;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly output: vscode.OutputChannel,
    private readonly status: ServerStatusBar,
  ) {}

  /** The running client, or undefined when the server is not ready. */
  get readyClient(): LanguageClient | undefined {
    return this.client && this.client.state === State.Running ? this.client : undefined;
  }

  start(): Promise<void> {
    if (!this.starting) {
      this.starting = this.doStart().finally(() => (this.starting = undefined));
    }
    return this.starting;
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.stateSub?.dispose();
    this.stateSub = undefined;
    if (client) {
      try {
        await client.stop();
      } catch (e) {
        this.output.appendLine(`[client] stopping the server failed: ${(e as Error).message}`);
      }
      await client.dispose();
    }
    this.status.set('stopped');
  }

  private async fail(message: string, actions: { title: string; run: () => void }[] = []): Promise<void> {
    this.status.set('failed', message);
    this.output.appendLine(`[client] ${message}`);
    const choice = await vscode.window.showErrorMessage(message, ...actions.map((a) => a.title), 'Show Log');
    if (choice === 'Show Log') this.output.show(true);
    actions.find((a) => a.title === choice)?.run();
  }

  private async doStart(): Promise<void> {
    const paths = currentPaths(this.context.extensionPath);
    this.status.set('starting', `${paths.dotnet} ${paths.serverDll}`);
    this.output.appendLine(`[client] checking the .NET runtime: ${paths.dotnet} --list-runtimes`);

    const openSettings = {
      title: 'Open Settings',
      run: () => void vscode.commands.executeCommand('workbench.action.openSettings', 'safeguards.'),
    };
    const download = {
      title: 'Download .NET 10',
      run: () => void vscode.env.openExternal(vscode.Uri.parse(DOWNLOAD_URL)),
    };

    const listed = await runProcess(paths.dotnet, ['--list-runtimes']);
    if (listed.spawnError) {
      return this.fail(dotnetNotFoundMessage(paths.dotnet, describeSpawnError(listed.spawnError)), [download, openSettings]);
    }
    if (listed.code !== 0) {
      this.output.appendLine(listed.stdout + listed.stderr);
    }
    const check = checkRuntimes(listed.stdout, paths.dotnet);
    if (!check.ok) {
      this.output.appendLine(listed.stdout.trim());
      return this.fail(check.message!, [download, openSettings]);
    }
    this.output.appendLine(`[client] using ${check.runtime!.name} ${check.runtime!.version}`);

    if (!fs.existsSync(paths.serverDll)) {
      return this.fail(
        `The Safeguards language server was not found at ${paths.serverDll}. ` +
          `Reinstall the extension, or set "safeguards.server.path" to a Safeguards.LanguageServer.dll.`,
        [openSettings],
      );
    }

    const serverOptions: ServerOptions = {
      command: paths.dotnet,
      args: [paths.serverDll],
      transport: TransportKind.stdio,
      options: { env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_NOLOGO: '1' } },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: [
        { scheme: 'file', language: LANGUAGE_ID },
        { scheme: 'untitled', language: LANGUAGE_ID },
      ],
      synchronize: {
        fileEvents: [
          vscode.workspace.createFileSystemWatcher('**/*.sg'),
          vscode.workspace.createFileSystemWatcher('**/*.fixtures.json'),
        ],
      },
      outputChannel: this.output,
      // The status bar and our own messages report failures; don't pop the output channel up.
      revealOutputChannelOn: 4 /* RevealOutputChannelOn.Never */,
    };

    const client = new LanguageClient('safeguards', 'Safeguards Language Server', serverOptions, clientOptions);
    this.client = client;
    this.stateSub = client.onDidChangeState((e) => {
      if (this.client !== client) return;
      if (e.newState === State.Starting) this.status.set('starting');
      else if (e.newState === State.Running) this.status.set('ready');
      // We detach before stopping on purpose, so a stop seen here was not asked for.
      else this.status.set('failed', 'The server stopped unexpectedly. See the log.');
    });
    try {
      await client.start();
      if (this.client === client) this.status.set('ready');
    } catch (e) {
      if (this.client === client) {
        await this.fail(`The Safeguards language server failed to start: ${(e as Error).message}`, [openSettings]);
      }
    }
  }

  dispose(): void {
    void this.stop();
  }
}
