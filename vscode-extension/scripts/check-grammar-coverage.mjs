// Fails when a scope the grammar can produce is not asserted (positively) in any test/grammar/*.sg file,
// so that every scope stays covered by `npm run test:grammar`.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const grammar = JSON.parse(readFileSync(join(root, 'syntaxes', 'safeguards.tmLanguage.json'), 'utf8'));

const produced = new Set();
(function walk(node) {
  if (Array.isArray(node)) return node.forEach(walk);
  if (!node || typeof node !== 'object') return;
  for (const [k, v] of Object.entries(node)) {
    if ((k === 'name' || k === 'contentName') && typeof v === 'string' && node !== grammar) {
      v.split(/\s+/).filter(Boolean).forEach((s) => produced.add(s));
    } else walk(v);
  }
})(grammar);

const asserted = new Set();
const dir = join(root, 'test', 'grammar');
for (const f of readdirSync(dir).filter((f) => f.endsWith('.sg'))) {
  for (const line of readFileSync(join(dir, f), 'utf8').split(/\r?\n/)) {
    const m = /^\s*\/\/\s*(?:\^+|<~*-+)\s+(.*)$/.exec(line);
    if (!m) continue;
    const positive = m[1].split(/(?:^|\s)-(?:\s|$)/)[0];
    positive.split(/\s+/).filter(Boolean).forEach((s) => asserted.add(s));
  }
}

const missing = [...produced].filter((s) => !asserted.has(s)).sort();
if (missing.length) {
  console.error(`Scopes produced by the grammar but asserted in no test/grammar/*.sg file:\n  ${missing.join('\n  ')}`);
  process.exit(1);
}
console.log(`✓ all ${produced.size} grammar scopes are asserted in test/grammar/*.sg`);
