import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { validateAsOf } from '../../src/asOf';
import { checkArgs, resolvePaths, testArgs } from '../../src/cliArgs';
import { runProcess } from '../../src/process';

test('settings override the bundled server, CLI and dotnet; blanks mean default', () => {
  const ext = path.resolve('/ext');
  assert.deepEqual(resolvePaths(ext, {}), {
    dotnet: 'dotnet',
    serverDll: path.join(ext, 'server', 'Safeguards.LanguageServer.dll'),
    cliDll: path.join(ext, 'server', 'safeguards.dll'),
  });
  const r = resolvePaths(ext, { dotnetPath: ' /opt/dotnet ', serverPath: '/s.dll', cliPath: '  ' });
  assert.equal(r.dotnet, '/opt/dotnet');
  assert.equal(r.serverDll, '/s.dll');
  assert.equal(r.cliDll, path.join(ext, 'server', 'safeguards.dll'));
});

test('command lines for check and test', () => {
  assert.deepEqual(checkArgs('/x/safeguards.dll', '/w'), ['/x/safeguards.dll', 'check', '/w']);
  assert.deepEqual(testArgs('s.dll', '/p'), ['s.dll', 'test', '/p', '--format', 'json']);
  assert.deepEqual(testArgs('s.dll', '/p', 'a "quoted" name'), ['s.dll', 'test', '/p', '--format', 'json', '--filter', 'a "quoted" name']);
});

test('as-of validation', () => {
  for (const ok of ['', '  ', 'now', '2015-03-01T00:00:00+06:00', '2015-03-01T00:00Z', '2015-03-01T00:00:00.5-03:00']) {
    assert.equal(validateAsOf(ok), undefined, ok);
  }
  // A date alone is refused by the server (and the CLI): it could be the day's first or last moment.
  for (const bad of ['yesterday', '2015-3-1', '2015-03-01', '2015-03-01T00:00', '2015-03-01 00:00:00+06:00']) {
    assert.ok(validateAsOf(bad), bad);
  }
});

test('runProcess collects output and exit code, and reports a missing executable', async () => {
  const r = await runProcess(process.execPath, ['-e', 'process.stdout.write("out"); process.stderr.write("err"); process.exit(3)']);
  assert.deepEqual([r.code, r.stdout, r.stderr], [3, 'out', 'err']);
  const missing = await runProcess('/nonexistent/dotnet-xyz', ['--list-runtimes']);
  assert.equal(missing.spawnError?.code, 'ENOENT');
});

test('runProcess can be cancelled', async () => {
  let cancel: () => void = () => {};
  const token = {
    isCancellationRequested: false,
    onCancellationRequested(l: () => void) {
      cancel = l;
      return { dispose() {} };
    },
  };
  const p = runProcess(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { cancellation: token });
  setTimeout(() => cancel(), 100);
  const r = await p;
  assert.equal(r.cancelled, true);
});

test('the modules tested here do not import vscode', () => {
  const src = path.resolve(__dirname, '..', '..', '..', 'src');
  for (const f of ['cliOutput.ts', 'fixtures.ts', 'testResults.ts', 'runtimeCheck.ts', 'html.ts', 'asOf.ts', 'cliArgs.ts', 'process.ts']) {
    const text = fs.readFileSync(path.join(src, f), 'utf8');
    assert.ok(!/from ['"]vscode['"]|require\(['"]vscode['"]\)/.test(text), `${f} imports vscode`);
  }
});
