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

// Real output of `safeguards check kz` (run in a copy of rules/ with a mistake.sg added).
const REAL_CHECK = [
  "kz/detention.sg(34,3): warning SG4008: The safeguard 'DET-MOMENT' cites 'CONST_COUNCIL_2012' without an article; name the exact provision so findings can cite it.",
  "kz/mistake.sg(11,12): error SG2005: The case 'detention' has no event 'registred'. Did you mean 'registered'?",
  "kz/mistake.sg(12,11): error SG2002: The safeguard 'MIS-1' is already declared.",
  '    kz/mistake.sg(8,11): first declared here',
  'Checked 6 file(s) in 6 pack(s) with 54 safeguard(s): 2 error(s), 26 warning(s).',
].join('\n');

test('reads the real output of safeguards check, with related locations on indented lines', () => {
  const ds = parseCliOutput(REAL_CHECK, base);
  assert.deepEqual(
    ds.map((d) => [path.relative(base, d.file), d.line, d.column, d.severity, d.code]),
    [
      [path.join('kz', 'detention.sg'), 33, 2, 'warning', 'SG4008'],
      [path.join('kz', 'mistake.sg'), 10, 11, 'error', 'SG2005'],
      [path.join('kz', 'mistake.sg'), 11, 10, 'error', 'SG2002'],
    ],
  );
  assert.equal(ds[1].message, "The case 'detention' has no event 'registred'. Did you mean 'registered'?");
  assert.equal(ds[0].related, undefined);
  assert.equal(ds[1].related, undefined);
  assert.deepEqual(ds[2].related, [{ file: path.join(base, 'kz', 'mistake.sg'), line: 7, column: 10, message: 'first declared here' }]);
});

test('an indented location not right after a diagnostic is ignored', () => {
  const ds = parseCliOutput('Some text\n    a.sg(1,1): not related\nb.sg(1,1): error SG1001: x\n\n    a.sg(2,2): after a blank line', base);
  assert.equal(ds.length, 1);
  assert.equal(ds[0].related, undefined);
});
