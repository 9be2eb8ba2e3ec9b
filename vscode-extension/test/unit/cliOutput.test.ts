import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { groupByFile, parseCliLine, parseCliOutput } from '../../src/cliOutput';

const base = path.resolve('/work/pack');

test('parses an error line with a relative path into 0-based positions', () => {
  const d = parseCliLine('rules/kz.sg(12,5): error SG2001: Unknown event "registerd".', base);
  assert.deepEqual(d, {
    file: path.join(base, 'rules', 'kz.sg'),
    line: 11,
    column: 4,
    severity: 'error',
    code: 'SG2001',
    message: 'Unknown event "registerd".',
  });
});

test('keeps absolute paths and reads warnings and info', () => {
  const w = parseCliLine('/abs/a.sg(1,1): warning SG5001: Unused constant pre_charge_limit', base)!;
  assert.equal(w.file, path.resolve('/abs/a.sg'));
  assert.equal(w.severity, 'warning');
  assert.equal(w.line, 0);
  assert.equal(w.column, 0);
  const i = parseCliLine('a.sg(3,9): info SG4002: Soft law cited', base)!;
  assert.equal(i.severity, 'info');
});

test('accepts an MSBuild-style range and paths with parentheses or spaces', () => {
  const d = parseCliLine('my rules (old)/kz.sg(2,3,2,10): error SG1001: Expected a string', base)!;
  assert.equal(d.file, path.join(base, 'my rules (old)', 'kz.sg'));
  assert.equal(d.line, 1);
  assert.equal(d.column, 2);
  assert.equal(d.endLine, 1);
  assert.equal(d.endColumn, 9);
});

test('keeps colons in the message', () => {
  const d = parseCliLine('a.sg(4,1): error SG3002: Cannot compare: 3 days vs 72 hours', base)!;
  assert.equal(d.message, 'Cannot compare: 3 days vs 72 hours');
});

test('ignores lines that are not diagnostics', () => {
  const out = [
    'Checking 3 files...',
    'a.sg(1,2): error SG1001: Unexpected token',
    '',
    'a.sg(x,y): error SG1001: not numbers',
    'a.sg(1,2): error XX1001: another tool',
    'b.sg(7,1): warning SG5002: Unused source',
    '2 problems (1 error, 1 warning)',
  ].join('\r\n');
  const ds = parseCliOutput(out, base);
  assert.equal(ds.length, 2);
  assert.deepEqual(
    ds.map((d) => [path.basename(d.file), d.code]),
    [
      ['a.sg', 'SG1001'],
      ['b.sg', 'SG5002'],
    ],
  );
});

test('groups by file in order of appearance', () => {
  const ds = parseCliOutput('b.sg(1,1): error SG1001: x\na.sg(1,1): error SG1001: y\nb.sg(2,1): error SG1002: z', base);
  const g = groupByFile(ds);
  assert.deepEqual([...g.keys()].map((f) => path.basename(f)), ['b.sg', 'a.sg']);
  assert.equal(g.get(path.join(base, 'b.sg'))!.length, 2);
});
