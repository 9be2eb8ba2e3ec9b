import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkRuntimes, dotnetNotFoundMessage, parseListRuntimes } from '../../src/runtimeCheck';

const SAMPLE = `Microsoft.AspNetCore.App 8.0.11 [/usr/share/dotnet/shared/Microsoft.AspNetCore.App]
Microsoft.AspNetCore.App 10.0.12 [/usr/share/dotnet/shared/Microsoft.AspNetCore.App]
Microsoft.NETCore.App 8.0.11 [/usr/share/dotnet/shared/Microsoft.NETCore.App]
Microsoft.NETCore.App 10.0.0-rc.2.25502.107 [/usr/share/dotnet/shared/Microsoft.NETCore.App]
Microsoft.NETCore.App 10.0.12 [/usr/share/dotnet/shared/Microsoft.NETCore.App]
`;

test('parses every runtime line', () => {
  const rs = parseListRuntimes(SAMPLE);
  assert.equal(rs.length, 5);
  assert.deepEqual(rs[3], {
    name: 'Microsoft.NETCore.App',
    version: '10.0.0-rc.2.25502.107',
    major: 10,
    minor: 0,
    patch: 0,
    prerelease: 'rc.2.25502.107',
    location: '/usr/share/dotnet/shared/Microsoft.NETCore.App',
  });
});

test('parses Windows output with CRLF and spaces in the location', () => {
  const rs = parseListRuntimes('Microsoft.NETCore.App 10.0.1 [C:\\Program Files\\dotnet\\shared\\Microsoft.NETCore.App]\r\n');
  assert.equal(rs.length, 1);
  assert.equal(rs[0].location, 'C:\\Program Files\\dotnet\\shared\\Microsoft.NETCore.App');
});

test('accepts 10.x and picks the newest release', () => {
  const r = checkRuntimes(SAMPLE);
  assert.equal(r.ok, true);
  assert.equal(r.runtime!.version, '10.0.12');
});

test('the ASP.NET Core runtime alone does not count', () => {
  const r = checkRuntimes('Microsoft.AspNetCore.App 10.0.1 [/x]\nMicrosoft.NETCore.App 9.0.3 [/x]\n');
  assert.equal(r.ok, false);
});

test('explains what is missing and what to do', () => {
  const r = checkRuntimes('Microsoft.NETCore.App 8.0.11 [/x]\nMicrosoft.NETCore.App 9.0.3 [/x]\n', '/opt/dotnet/dotnet');
  assert.equal(r.ok, false);
  assert.match(r.message!, /\.NET 10 runtime/);
  assert.match(r.message!, /has only 8\.0\.11, 9\.0\.3/);
  assert.match(r.message!, /\/opt\/dotnet\/dotnet/);
  assert.match(r.message!, /safeguards\.dotnet\.path/);
  assert.match(r.message!, /https:\/\/dotnet\.microsoft\.com\/download\/dotnet\/10\.0/);
});

test('empty output (an SDK-less or broken install) is reported', () => {
  const r = checkRuntimes('');
  assert.equal(r.ok, false);
  assert.match(r.message!, /lists no Microsoft\.NETCore\.App runtime/);
});

test('a newer major version is not suitable for a framework-dependent net10.0 build', () => {
  assert.equal(checkRuntimes('Microsoft.NETCore.App 11.0.0 [/x]').ok, false);
});

test('message when dotnet cannot be started', () => {
  const m = dotnetNotFoundMessage('dotnet', 'not found');
  assert.match(m, /Could not run 'dotnet' \(not found\)/);
  assert.match(m, /safeguards\.dotnet\.path/);
});
