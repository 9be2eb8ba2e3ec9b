// The status bar item that shows the language server's state.

import * as vscode from 'vscode';

export type ServerState = 'starting' | 'ready' | 'stopped' | 'failed';

const LOOK: Record<ServerState, { icon: string; text: string }> = {
  starting: { icon: '$(sync~spin)', text: 'starting' },
  ready: { icon: '$(check)', text: 'ready' },
  stopped: { icon: '$(circle-slash)', text: 'stopped' },
  failed: { icon: '$(error)', text: 'failed' },
};

export class ServerStatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private current: ServerState = 'stopped';

  constructor(showLogCommand: string) {
    this.item = vscode.window.createStatusBarItem('safeguards.serverStatus', vscode.StatusBarAlignment.Right, 100);
    this.item.name = 'Safeguards Language Server';
    this.item.command = showLogCommand;
    this.set('stopped');
    this.item.show();
  }

  get state(): ServerState {
    return this.current;
  }

  set(state: ServerState, detail?: string): void {
    this.current = state;
    const look = LOOK[state];
    this.item.text = `${look.icon} Safeguards`;
    this.item.tooltip = `Safeguards language server: ${look.text}${detail ? `\n${detail}` : ''}\nClick to show the log.`;
    this.item.backgroundColor =
      state === 'failed' ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    this.item.accessibilityInformation = { label: `Safeguards language server ${look.text}` };
  }

  dispose(): void {
    this.item.dispose();
  }
}
