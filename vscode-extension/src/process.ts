// Runs a process and collects its output. No `vscode` import (tested with node).

import { spawn } from 'child_process';

export interface ProcessResult {
  /** Exit code; null when the process was killed or could not start. */
  code: number | null;
  stdout: string;
  stderr: string;
  /** Set when the process could not be started (e.g. ENOENT). */
  spawnError?: NodeJS.ErrnoException;
  cancelled?: boolean;
}

export interface Cancellation {
  isCancellationRequested: boolean;
  onCancellationRequested(listener: () => void): { dispose(): void };
}

export function runProcess(
  command: string,
  args: readonly string[],
  options: { cwd?: string; cancellation?: Cancellation; env?: NodeJS.ProcessEnv } = {},
): Promise<ProcessResult> {
  return new Promise((resolve) => {
    let stdout = '';
    let stderr = '';
    let settled = false;
    let cancelled = false;
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_NOLOGO: '1', ...options.env },
      shell: false,
      windowsHide: true,
    });
    const sub = options.cancellation?.onCancellationRequested(() => {
      cancelled = true;
      child.kill();
    });
    const finish = (r: ProcessResult) => {
      if (settled) return;
      settled = true;
      sub?.dispose();
      resolve(r);
    };
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', (err: NodeJS.ErrnoException) => finish({ code: null, stdout, stderr, spawnError: err, cancelled }));
    child.on('close', (code) => finish({ code, stdout, stderr, cancelled }));
    if (options.cancellation?.isCancellationRequested) {
      cancelled = true;
      child.kill();
    }
  });
}

/** A short description of why a process could not start, for messages. */
export function describeSpawnError(err: NodeJS.ErrnoException): string {
  if (err.code === 'ENOENT') return 'not found';
  if (err.code === 'EACCES') return 'permission denied';
  return err.message;
}
