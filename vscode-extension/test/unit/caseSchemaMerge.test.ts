import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { CaseJsonSchema, mergeCaseSchemas, packFolders } from '../../src/caseSchemaMerge';

/** The shape `safeguards schema` writes, reduced to what merging touches. */
function packSchema(cases: string[]): CaseJsonSchema {
  const $defs: Record<string, unknown> = { time: { oneOf: [] }, bound: { type: 'string' } };
  for (const c of cases) {
    $defs[`${c}.facts`] = { type: 'object', description: `facts of ${c}` };
    $defs[`${c}.event`] = { type: 'object', description: `events of ${c}` };
  }
  return {
    title: 'A case',
    properties: { schema: { enum: [...cases], enumDescriptions: cases.map((c) => `about ${c}`) }, id: { type: 'string' } },
    allOf: cases.map((c) => ({ if: { properties: { schema: { const: c } } }, then: { properties: { events: { items: { $ref: `#/$defs/${c}.event` } } } } })),
    $defs,
  };
}

test('merging packs keeps every case schema once, the first pack winning, with its definitions', () => {
  const a = packSchema(['detention', 'medical']);
  const b = packSchema(['detention', 'trial']);
  (b.$defs['detention.event'] as { description: string }).description = 'the other pack';
  const { schema, duplicates } = mergeCaseSchemas([{ pack: 'kz', schema: a }, { pack: 'other', schema: b }]);
  const merged = schema as CaseJsonSchema;
  assert.deepEqual(merged.properties.schema.enum, ['detention', 'medical', 'trial']);
  assert.deepEqual(merged.allOf.map((o) => o.if.properties.schema.const), ['detention', 'medical', 'trial']);
  assert.deepEqual(merged.properties.schema.enumDescriptions, ['about detention', 'about medical', 'about trial']);
  assert.deepEqual(Object.keys(merged.$defs).sort(), ['bound', 'detention.event', 'detention.facts', 'medical.event', 'medical.facts', 'time', 'trial.event', 'trial.facts']);
  assert.equal((merged.$defs['detention.event'] as { description: string }).description, 'events of detention');
  assert.deepEqual(duplicates, [{ name: 'detention', kept: 'kz', ignored: 'other' }]);
  // The inputs are not changed.
  assert.deepEqual(a.properties.schema.enum, ['detention', 'medical']);
});

test('one pack is served as it is', () => {
  const only = packSchema(['detention']);
  assert.deepEqual(mergeCaseSchemas([{ pack: 'kz', schema: only }]).schema, only);
  assert.throws(() => mergeCaseSchemas([]));
});

test('the pack folders are the folders of the rule files, each once, in order', () => {
  const files = ['/w/rules/kz/detention.sg', '/w/draft/a.sg', '/w/rules/kz/medical.sg', '/w/draft/b.sg'];
  assert.deepEqual(packFolders(files, path.posix.dirname), ['/w/draft', '/w/rules/kz']);
});
