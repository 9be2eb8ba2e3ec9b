import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';

const root = path.resolve(__dirname, '..', '..', '..');
const snippets = JSON.parse(fs.readFileSync(path.join(root, 'snippets', 'safeguards.code-snippets'), 'utf8')) as Record<
  string,
  { prefix: string; body: string[] }
>;

/** Expands a snippet body with its default values (enough of the snippet syntax for these snippets). */
function expand(body: string): string {
  let s = body;
  for (let i = 0; i < 10; i++) {
    const before = s;
    s = s
      .replace(/\$\{\d+\|([^,|]*)[^|]*\|\}/g, '$1')
      .replace(/\$\{\d+:((?:\\\}|[^$}])*)\}/g, '$1')
      .replace(/\$\d+/g, '');
    if (s === before) break;
  }
  return s.replace(/\\\}/g, '}');
}

test('there are snippets for a pack, a source, an article, a case schema and a safeguard', () => {
  const prefixes = Object.values(snippets).map((s) => s.prefix);
  assert.deepEqual(prefixes.sort(), ['article', 'case', 'pack', 'safeguard', 'source']);
});

test('snippets expand to the intended text (placeholders in message strings survive)', () => {
  const safeguard = expand(Object.values(snippets).find((s) => s.prefix === 'safeguard')!.body.join('\n'));
  assert.ok(!safeguard.includes('$'), safeguard);
  assert.match(safeguard, /^safeguard DET-REG-3H "Detention report within three hours"$/m);
  assert.match(safeguard, /^ {2}applies to detention when kind is criminal$/m);
  assert.match(safeguard, /^ {2}requires registered within 3 hours after apprehended$/m);
  assert.match(safeguard, /^ {2}message "Registered \{elapsed\} after apprehension; the limit is \{limit\}\."$/m);
  for (const s of Object.values(snippets)) {
    const text = expand(s.body.join('\n'));
    assert.ok(!/\$\{|\$\d/.test(text), `${s.prefix}: ${text}`);
    assert.ok(text.startsWith(s.prefix + ' '), s.prefix);
  }
});
