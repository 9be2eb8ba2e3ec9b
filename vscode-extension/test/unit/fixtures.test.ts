import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LineMap, fixtureIds, findFixtures } from '../../src/fixtures';

const SAMPLE = `{
  "pack": "kz.detention",
  "fixtures": [
    {
      "name": "registered exactly at three hours",
      "case": { "id": "c1", "schema": "detention", "facts": { "name": "not a fixture name" }, "events": [] },
      "expect": [
        { "asOf": "2015-03-01T00:00:00+06:00", "safeguard": "DET-REG-3H", "outcome": "satisfied" }
      ]
    },
    {
      "case": { "id": "c2" },
      "name":"late \\"registration\\" \\u00e9"
    }
  ]
}
`;

test('finds each fixture name with the range of its "name" line', () => {
  const r = findFixtures(SAMPLE);
  assert.equal(r.error, undefined);
  assert.equal(r.pack, 'kz.detention');
  assert.equal(r.fixtures.length, 2);
  assert.deepEqual(r.fixtures[0], {
    name: 'registered exactly at three hours',
    index: 0,
    range: { start: { line: 4, character: 6 }, end: { line: 4, character: 49 } },
  });
  // the name may come after other members; escapes are decoded
  assert.equal(r.fixtures[1].name, 'late "registration" é');
  assert.equal(r.fixtures[1].index, 1);
  assert.deepEqual(r.fixtures[1].range.start, { line: 12, character: 6 });
});

test('does not take "name" keys nested deeper (facts, cases) for fixtures', () => {
  const r = findFixtures(SAMPLE);
  assert.ok(!r.fixtures.some((f) => f.name === 'not a fixture name'));
});

test('handles CRLF, a BOM and tabs', () => {
  const text = '\ufeff{\r\n\t"fixtures": [\r\n\t\t{ "name": "a" }\r\n\t]\r\n}\r\n';
  const r = findFixtures(text);
  assert.equal(r.error, undefined);
  assert.deepEqual(r.fixtures[0].range, { start: { line: 2, character: 4 }, end: { line: 2, character: 15 } });
});

test('keeps the fixtures found before a syntax error', () => {
  const text = '{ "fixtures": [\n { "name": "one" },\n { "name": "two", "case": { \n';
  const r = findFixtures(text);
  assert.ok(r.error);
  assert.deepEqual(
    r.fixtures.map((f) => f.name),
    ['one', 'two'],
  );
});

test('a fixture without a string name is skipped; other shapes give no fixtures', () => {
  assert.deepEqual(findFixtures('{"fixtures":[{"name":3},{"name":"ok"}]}').fixtures.map((f) => [f.name, f.index]), [['ok', 1]]);
  assert.deepEqual(findFixtures('{"tests":[{"name":"x"}]}').fixtures, []);
  assert.equal(findFixtures('[1,2]').error, 'the file is not a JSON object');
  assert.ok(findFixtures('').error);
  assert.ok(findFixtures('{} trailing').error);
});

test('numbers, literals and nested arrays are scanned', () => {
  const r = findFixtures('{"n": -1.5e3, "t": true, "f": false, "z": null, "a": [[], {}], "fixtures": [{"name": "x"}]}');
  assert.equal(r.error, undefined);
  assert.equal(r.fixtures[0].name, 'x');
});

test('columns are counted in UTF-16 code units', () => {
  const r = findFixtures('{"pack":"😀", "fixtures": [{"name": "a"}]}');
  assert.equal(r.fixtures[0].range.start.character, 28); // the emoji counts as 2
});

test('LineMap maps offsets to lines', () => {
  const m = new LineMap('ab\ncd\n\nx');
  assert.deepEqual(m.position(0), { line: 0, character: 0 });
  assert.deepEqual(m.position(3), { line: 1, character: 0 });
  assert.deepEqual(m.position(6), { line: 2, character: 0 });
  assert.deepEqual(m.position(7), { line: 3, character: 0 });
});

test('repeated names get unique ids', () => {
  const r = findFixtures('{"fixtures":[{"name":"a"},{"name":"b"},{"name":"a"}]}');
  assert.deepEqual(fixtureIds(r.fixtures), ['a', 'b', 'a#2']);
});
