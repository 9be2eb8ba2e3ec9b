// Writes a JSON Lines batch of generated cases with the schemas of rules/kz, for measuring reports.
// Usage: node tests/browser/generate-cases.mjs N OUT.jsonl [seed]
// Four in five are detention cases with exact times (some late, some missing steps); the rest are the
// example cases (examples/cases/*.json) with new ids, so every case schema of rules/kz appears.
import fs from 'node:fs';
import path from 'node:path';
import { repo } from './browser.mjs';

const [count = '10000', out = path.join(repo, 'artifacts', 'report', 'generated.jsonl'), seedText = '42'] = process.argv.slice(2);
let seed = Number(seedText) >>> 0;
const random = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
const pick = (xs) => xs[Math.floor(random() * xs.length)];
const hours = (h) => h * 3600_000;

const examples = fs.readdirSync(path.join(repo, 'examples', 'cases'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(fs.readFileSync(path.join(repo, 'examples', 'cases', f), 'utf8')));

function iso(ms) {
  // Almaty, +06:00 before 2024-03-01 (the generated times are all earlier).
  return new Date(ms + hours(6)).toISOString().replace(/\.\d{3}Z$/, '+06:00');
}

function detention(i) {
  const start = Date.UTC(2009, 0, 1) + Math.floor(random() * 365 * 5) * 86_400_000 + Math.floor(random() * 24) * 3_600_000;
  let t = start;
  const events = [{ id: 'a', type: 'apprehended', time: iso(t) }];
  const step = (type, minH, maxH, p = 0.9) => {
    if (random() > p) return;
    t += hours(minH + random() * (maxH - minH));
    events.push({ type, time: random() < 0.1 ? iso(t).slice(0, 10) : iso(t) });
  };
  step('questioned', 0.2, 2, 0.6);
  step('registered', 0.5, 6);
  step('rights_explained', 0, 2);
  step('reasons_given', 0, 3, 0.8);
  step('lawyer_access', 1, 30, 0.7);
  step('prosecutor_notified', 1, 14);
  step('court_application', 10, 60, 0.7);
  step('court_hearing', 2, 20, 0.7);
  step('released', 1, 200, 0.5);
  return { id: `gen-${String(i).padStart(6, '0')}`, schema: 'detention', facts: { kind: pick(['criminal', 'criminal', 'administrative']) }, events };
}

const stream = fs.createWriteStream(out);
for (let i = 1; i <= Number(count); i++) {
  const c = random() < 0.8 ? detention(i) : { ...pick(examples), id: `gen-${String(i).padStart(6, '0')}` };
  stream.write(JSON.stringify(c) + '\n');
}
stream.end(() => console.error(`wrote ${count} cases to ${path.relative(repo, out)}`));
