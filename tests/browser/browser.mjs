// Shared by the browser test and the measurement: Debian's chromium, never a downloaded browser.
import { chromium } from 'playwright-core';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const artifacts = path.join(repo, 'artifacts', 'report');
export const asOf = '2026-11-23T12:00:00+05:00';

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Runs the CLI (SAFEGUARDS_DLL, built by run.sh) and returns stdout; exit codes 0 and 1 (violations) are fine. */
export function safeguards(...args) {
  const dll = process.env.SAFEGUARDS_DLL || path.join(repo, 'compiler/Safeguards.Cli/bin/Debug/net10.0/safeguards.dll');
  const started = process.hrtime.bigint();
  const run = spawnSync('dotnet', [dll, ...args], { cwd: repo, encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0 && run.status !== 1) throw new Error(`safeguards ${args[0]} exited ${run.status}: ${run.stderr}`);
  return { stdout: run.stdout, stderr: run.stderr, seconds };
}

/** Records every request a page makes; only file: and data: are allowed. */
export function watchRequests(context) {
  const urls = [];
  context.on('request', (r) => urls.push(r.url()));
  return { urls, offending: () => urls.filter((u) => !u.startsWith('file:') && !u.startsWith('data:')) };
}
