import assert from 'node:assert/strict';
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
