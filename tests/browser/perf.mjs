// Measures a report of many generated cases: generation time, file size, load and first paint in
// headless Chromium, and how long a filter click takes. Usage:
//   node tests/browser/perf.mjs [cases=10000] [detail-limit]     (after tests/browser/run.sh has built the CLI)
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { artifacts, asOf, launch, safeguards, watchRequests, repo } from './browser.mjs';

const [count = '10000', detailLimit] = process.argv.slice(2);
fs.mkdirSync(artifacts, { recursive: true });
const batch = path.join(artifacts, `generated-${count}.jsonl`);
spawnSync('node', [path.join(repo, 'tests/browser/generate-cases.mjs'), count, batch], { stdio: 'inherit' });
const html = path.join(artifacts, `report-${count}${detailLimit ? `-d${detailLimit}` : ''}.html`);

const evalRun = safeguards('eval', 'rules', batch, '--as-of', asOf, '--format', 'jsonl');
const run = safeguards('report', 'rules', batch, '--as-of', asOf, '-o', html, ...(detailLimit ? ['--detail-limit', detailLimit] : []));
const size = fs.statSync(html).size;

const browser = await launch();
const results = [];
try {
  for (let attempt = 0; attempt < 3; attempt++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const requests = watchRequests(context);
    const page = await context.newPage();
    const started = Date.now();
    await page.goto('file://' + html, { waitUntil: 'load', timeout: 300_000 });
    const wall = Date.now() - started;
    const timing = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      return { domContentLoaded: nav.domContentLoadedEventEnd, load: nav.loadEventEnd, firstContentfulPaint: fcp ? fcp.startTime : null,
        heapMB: performance.memory ? performance.memory.usedJSHeapSize / 2 ** 20 : null, nodes: document.getElementsByTagName('*').length };
    });
    const click = await page.evaluate(async () => {
      const t0 = performance.now();
      document.querySelector('button[data-only="1"]').click();
      const script = performance.now() - t0;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const painted = performance.now() - t0;
      const shown = document.getElementById('shown-count').textContent;
      const t1 = performance.now();
      document.querySelector('button[data-only="all"]').click();
      await new Promise((r) => setTimeout(r, 0));
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      return { script, painted, reset: performance.now() - t1, shown };
    });
    results.push({ wall, ...timing, click, offending: requests.offending().length });
    await context.close();
  }
} finally {
  await browser.close();
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const summary = {
  cases: Number(count),
  detailLimit: detailLimit ? Number(detailLimit) : 'default',
  evalSeconds: +evalRun.seconds.toFixed(2),
  reportSeconds: +run.seconds.toFixed(2),
  sizeMB: +(size / 2 ** 20).toFixed(1),
  loadMs: Math.round(median(results.map((r) => r.load))),
  domContentLoadedMs: Math.round(median(results.map((r) => r.domContentLoaded))),
  firstContentfulPaintMs: Math.round(median(results.map((r) => r.firstContentfulPaint ?? NaN))),
  gotoToLoadWallMs: median(results.map((r) => r.wall)),
  filterClickScriptMs: Math.round(median(results.map((r) => r.click.script))),
  filterClickToPaintMs: Math.round(median(results.map((r) => r.click.painted))),
  showAllToPaintMs: Math.round(median(results.map((r) => r.click.reset))),
  shownAfterFilter: results[0].click.shown,
  domNodes: results[0].nodes,
  heapMB: results[0].heapMB && +results[0].heapMB.toFixed(0),
  networkRequests: results.reduce((n, r) => n + r.offending, 0),
  stderr: run.stderr.trim(),
};
console.log(JSON.stringify(summary, null, 2));
