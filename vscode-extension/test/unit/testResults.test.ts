import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { describeFailure, mapTestResults, parseTestOutput } from '../../src/testResults';

const folder = path.resolve('/work/rules/kz');
const file = path.join(folder, 'detention.fixtures.json');

const OUTPUT = JSON.stringify({
  fixtures: [
    { file: 'detention.fixtures.json', name: 'registered in time', passed: true, failures: [] },
    {
      file: file,
      name: 'registered late',
      passed: false,
      failures: [
        {
          safeguard: 'DET-REG-3H',
          asOf: '2015-03-01T00:00:00+06:00',
          expected: 'violated',
          actual: 'satisfied',
          evidence: 'registered 2009-01-08T16:00+06:00, deadline 2009-01-08T17:30+06:00',
        },
      ],
    },
  ],
  passed: 1,
  failed: 1,
});

test('parses the JSON output', () => {
  const o = parseTestOutput(OUTPUT);
  assert.equal(o.fixtures.length, 2);
  assert.equal(o.passed, 1);
  assert.equal(o.failed, 1);
  assert.equal(o.fixtures[1].failures[0].safeguard, 'DET-REG-3H');
});

test('tolerates text around the JSON', () => {
  const o = parseTestOutput(`warning: something\n${OUTPUT}\n`);
  assert.equal(o.fixtures.length, 2);
});

test('fills in missing counts and fields', () => {
  const o = parseTestOutput('{"fixtures":[{"name":"a","passed":true},{"name":"b","failures":[{}]}]}');
  assert.equal(o.passed, 1);
  assert.equal(o.failed, 1);
  assert.deepEqual(o.fixtures[1].failures[0], { safeguard: '', asOf: '', expected: '', actual: '', evidence: '' });
  assert.equal(o.fixtures[1].passed, false);
});

test('rejects output that is not the expected JSON', () => {
  assert.throws(() => parseTestOutput('Unhandled exception. System.IO.FileNotFoundException'), /not JSON/);
  assert.throws(() => parseTestOutput('{"fixtures": 3}'), /no "fixtures" array/);
  assert.throws(() => parseTestOutput('{ broken }'), /not valid JSON/);
});

test('maps passed and failed fixtures, relative and absolute file paths alike', () => {
  const out = parseTestOutput(OUTPUT);
  const r = mapTestResults(
    out,
    [
      { key: 'k1', file, name: 'registered in time' },
      { key: 'k2', file, name: 'registered late' },
    ],
    folder,
  );
  assert.deepEqual(r[0], { key: 'k1', state: 'passed' });
  assert.equal(r[1].state, 'failed');
  if (r[1].state !== 'failed') return;
  assert.equal(r[1].failures.length, 1);
  assert.equal(r[1].failures[0].expected, 'violated');
  assert.equal(r[1].failures[0].actual, 'satisfied');
  assert.equal(
    r[1].failures[0].message,
    'DET-REG-3H as of 2015-03-01T00:00:00+06:00: expected violated, got satisfied\nregistered 2009-01-08T16:00+06:00, deadline 2009-01-08T17:30+06:00',
  );
});

test('a fixture missing from the output is errored', () => {
  const r = mapTestResults(parseTestOutput(OUTPUT), [{ key: 'x', file, name: 'not run' }], folder);
  assert.equal(r[0].state, 'errored');
});

test('a fixture of the same name in another file does not match by path; base name is the fallback', () => {
  const other = path.join(folder, 'other.fixtures.json');
  const r = mapTestResults(parseTestOutput(OUTPUT), [{ key: 'x', file: other, name: 'registered in time' }], folder);
  assert.equal(r[0].state, 'errored');
  const out = parseTestOutput('{"fixtures":[{"file":"sub/detention.fixtures.json","name":"a","passed":true}]}');
  const r2 = mapTestResults(out, [{ key: 'y', file, name: 'a' }], folder);
  assert.equal(r2[0].state, 'passed');
});

test('repeated names in one file take results in order', () => {
  const out = parseTestOutput(
    JSON.stringify({
      fixtures: [
        { file, name: 'same', passed: true, failures: [] },
        { file, name: 'same', passed: false, failures: [] },
      ],
    }),
  );
  const r = mapTestResults(
    out,
    [
      { key: 'a', file, name: 'same' },
      { key: 'b', file, name: 'same' },
    ],
    folder,
  );
  assert.equal(r[0].state, 'passed');
  assert.equal(r[1].state, 'failed');
  if (r[1].state === 'failed') assert.match(r[1].failures[0].message, /no details/);
});

test('describeFailure without a date or evidence', () => {
  assert.equal(
    describeFailure({ safeguard: 'X-1', asOf: '', expected: 'pending', actual: 'violated', evidence: '' }).message,
    'X-1: expected pending, got violated',
  );
});

// The real output of `safeguards test /tmp/sg-sample/kz --format json --filter DET-REG-3H`, on a copy
// of rules/kz with one expectation of the first fixture changed (satisfied -> violated) and an
// invalid broken.fixtures.json added. Regenerate it with the CLI if the format changes.
const REAL = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'test', 'unit', 'data', 'safeguards-test-output.json'), 'utf8');

test('reads the real CLI output: absolute files, lines, failures, errors', () => {
  const o = parseTestOutput(REAL);
  assert.equal(o.fixtures.length, 12);
  assert.equal(o.passed, 11);
  assert.equal(o.failed, 2); // one failed fixture + one unreadable file
  const first = o.fixtures[0];
  assert.ok(path.isAbsolute(first.file), first.file);
  assert.equal(path.basename(first.file), 'detention.fixtures.json');
  assert.equal(first.line, 5);
  assert.equal(first.passed, false);
  assert.deepEqual(
    { ...first.failures[0], evidence: '' },
    { safeguard: 'DET-REG-3H', asOf: '2030-01-01T00:00:00+05:00', expected: 'violated', actual: 'satisfied', evidence: '' },
  );
  assert.match(first.failures[0].evidence, /registered/);
  assert.equal(o.errors.length, 1);
  assert.equal(path.basename(o.errors[0].file), 'broken.fixtures.json');
  assert.equal(o.errors[0].line, 1);
  assert.match(o.errors[0].message, /not valid JSON/);
});

test('maps the real CLI output to requests by absolute path and name', () => {
  const o = parseTestOutput(REAL);
  const folder = path.dirname(o.fixtures[0].file);
  const fixturesFile = path.join(folder, 'detention.fixtures.json');
  const requests = o.fixtures.map((f, i) => ({ key: `k${i}`, file: fixturesFile, name: f.name }));
  const r = mapTestResults(o, requests, folder);
  assert.equal(r[0].state, 'failed');
  if (r[0].state === 'failed') assert.match(r[0].failures[0].message, /^DET-REG-3H as of 2030-01-01T00:00:00\+05:00: expected violated, got satisfied\n/);
  assert.deepEqual(
    r.slice(1).map((x) => x.state),
    Array(11).fill('passed'),
  );
});

test('a fixture of an unreadable file is errored with the reason the CLI gave', () => {
  const o = parseTestOutput(REAL);
  const folder = path.dirname(o.fixtures[0].file);
  const r = mapTestResults(o, [{ key: 'b', file: path.join(folder, 'broken.fixtures.json'), name: 'anything' }], folder);
  assert.equal(r[0].state, 'errored');
  if (r[0].state === 'errored') assert.match(r[0].message, /broken\.fixtures\.json\(1\): not valid JSON/);
});

test('errors and lines are optional', () => {
  const o = parseTestOutput('{"fixtures":[{"file":"a.fixtures.json","name":"a","passed":true,"failures":[]}]}');
  assert.deepEqual(o.errors, []);
  assert.equal(o.fixtures[0].line, undefined);
});
