// Browser test of `safeguards report`: the report of the bundled example cases in headless Chromium.
// Run with tests/browser/run.sh (it builds the CLI and installs what is needed).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { artifacts, asOf, launch, safeguards, watchRequests, repo } from './browser.mjs';

fs.mkdirSync(artifacts, { recursive: true });
const reportPath = path.join(artifacts, 'report.html');
const xssPath = path.join(artifacts, 'xss.html');
let failures = 0;
async function check(name, body) {
  try { await body(); console.log(`ok   ${name}`); } catch (e) { failures++; console.log(`FAIL ${name}\n     ${e.message.split('\n').join('\n     ')}`); }
}

// What eval says: totals and, per case, the marks each timeline must have.
const evalOut = JSON.parse(safeguards('eval', 'rules', 'examples/cases', '--as-of', asOf, '--format', 'json').stdout);
const cases = evalOut.results.filter((r) => r.kind === 'case');
const expected = cases.map((c) => {
  const lanes = c.findings.filter((f) => f.outcome !== 'not-applicable' && f.evidence.trigger);
  return {
    id: c.caseId,
    trigger: lanes.length,
    deadline: lanes.filter((f) => f.evidence.deadline).length,
    overrun: lanes.filter((f) => f.evidence.deadline && f.evidence.overrunSeconds !== null).length,
    complete: lanes.filter((f) => f.evidence.completedAt).length,
    absent: lanes.filter((f) => f.evidence.deadline && !f.evidence.completedAt).length,
    applicable: c.findings.filter((f) => f.outcome !== 'not-applicable').length,
    violated: c.findings.some((f) => f.outcome === 'violated'),
  };
});

safeguards('report', 'rules', 'examples/cases', '--as-of', asOf, '-o', reportPath);
safeguards('report', 'tests/browser/fixtures/xss.sg', 'tests/browser/fixtures/xss-case.json', '--as-of', asOf, '-o', xssPath);

const browser = await launch();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const requests = watchRequests(context);
  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') pageErrors.push(m.text()); });
  await page.goto('file://' + reportPath, { waitUntil: 'load' });

  await check('summary numbers match eval --format json totals', async () => {
    const t = evalOut.totals;
    const text = (sel) => page.locator(sel).innerText();
    assert.equal(await text('#cases-evaluated'), String(t.cases));
    assert.equal(await text('#records-with-errors'), String(t.errors));
    assert.equal(await text('#findings-total'), String(t.findings));
    assert.equal(await text('#violations-total'), String(t.violated));
    for (const outcome of ['satisfied', 'violated', 'pending', 'not-applicable', 'insufficient-data', 'indeterminate']) {
      assert.equal(await text(`[data-outcome-total="${outcome}"]`), String(t[outcome]), outcome);
      const bySeverity = await page.$$eval(`td[data-outcome="${outcome}"]`, (tds) => tds.map((td) => [td.dataset.severity, Number(td.textContent)]));
      for (const [severity, n] of bySeverity) {
        const want = cases.flatMap((c) => c.findings).filter((f) => f.outcome === outcome && f.severity === severity).length;
        assert.equal(n, want, `${outcome}/${severity}`);
      }
    }
  });

  await check('each case has a timeline with the expected marks', async () => {
    const actual = await page.$$eval('section.case', (sections) => sections.map((s) => {
      const n = (sel) => s.querySelectorAll(sel).length;
      return {
        id: s.dataset.case, svg: n('svg.timeline'), trigger: n('.mark-trigger'), deadline: n('.mark-deadline'), overrun: n('.mark-overrun'),
        complete: n('.mark-complete'), absent: n('.mark-absent'), applicable: n('table.findings tr.f'),
        events: n('.ev'), cites: n('table.findings .cites li'),
      };
    }));
    assert.equal(actual.length, expected.length, 'one section per case');
    expected.forEach((want, i) => {
      const got = actual[i];
      assert.equal(got.id, want.id);
      for (const key of ['trigger', 'deadline', 'overrun', 'complete', 'absent', 'applicable']) assert.equal(got[key], want[key], `${want.id}: ${key}`);
      assert.equal(got.svg, 1, `${want.id}: svg`);
      assert.ok(got.events > 0, `${want.id}: events`);
      if (got.applicable > 0) assert.ok(got.cites >= got.applicable, `${want.id}: a citation beside each finding`);
    });
    // Imprecise times are intervals: the examples record dates and months.
    assert.ok(await page.locator('.ev-interval').count() > 0);
  });

  await check('filter "Only violated" shows the cases with a violation and only violated findings', async () => {
    await page.click('button[data-only="1"]');
    const want = expected.filter((e) => e.violated).length;
    assert.equal(await page.locator('tr.case-row:not([hidden])').count(), want);
    assert.equal(await page.locator('section.case:not([hidden])').count(), want);
    const visible = await page.$$eval('section.case:not([hidden]) table.findings tr.f:not([hidden])', (rows) => rows.map((r) => r.className));
    assert.ok(visible.length > 0 && visible.every((c) => c.includes('o-violated')), 'only violated rows');
    assert.match(await page.locator('#shown-count').innerText(), new RegExp(`Showing ${want} of ${cases.length} cases`));
  });

  await check('filter by safeguard narrows to the cases where it applies', async () => {
    const top = await page.locator('table.top tr[data-safeguard]').first().getAttribute('data-safeguard');
    const index = await page.$eval('select[name="g"]', (s, id) => [...s.options].find((o) => o.textContent.startsWith(id + ':')).value, top);
    await page.selectOption('select[name="g"]', index);
    const want = cases.filter((c) => c.findings.some((f) => f.safeguard === top && f.outcome === 'violated')).length;
    assert.equal(await page.locator('tr.case-row:not([hidden])').count(), want);
    await page.click('button[data-only="all"]');
    assert.equal(await page.locator('tr.case-row:not([hidden])').count(), cases.length);
  });

  await check('screenshots of the summary and a case page', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(artifacts, 'summary.png') });
    const richest = expected.reduce((best, e, i) => (e.overrun + e.complete > expected[best].overrun + expected[best].complete ? i : best), 0);
    // A still picture: no sticky filter bar over the case, and every section laid out (content-visibility).
    await page.evaluate(() => {
      document.getElementById('filters').style.position = 'static';
      document.querySelectorAll('.case, .chunk').forEach((e) => { e.style.contentVisibility = 'visible'; });
    });
    await page.locator(`#case-${richest + 1}`).screenshot({ path: path.join(artifacts, 'case.png') });
    await page.emulateMedia({ media: 'print' });
    await page.pdf?.({ path: path.join(artifacts, 'report.pdf'), format: 'A4' }).catch(() => {});
    await page.emulateMedia({ media: 'screen' });
    for (const f of ['summary.png', 'case.png']) assert.ok(fs.statSync(path.join(artifacts, f)).size > 10_000, f);
  });

  await check('print layout: filters hidden, one case per page', async () => {
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('#filters').isVisible(), false);
    const breaks = await page.$$eval('section.case', (s) => s.map((e) => getComputedStyle(e).breakBefore));
    assert.ok(breaks.every((b) => b === 'page'), breaks.join(','));
    await page.emulateMedia({ media: 'screen' });
  });

  await check('readable without JavaScript: everything shown, filter form hidden', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const noJsRequests = watchRequests(noJs);
    const p = await noJs.newPage();
    await p.goto('file://' + reportPath, { waitUntil: 'load' });
    assert.equal(await p.locator('#filters').isVisible(), false);
    assert.equal(await p.locator('section.case:visible').count(), cases.length);
    assert.equal(await p.locator('#cases-evaluated').innerText(), String(evalOut.totals.cases));
    assert.deepEqual(noJsRequests.offending(), []);
    await noJs.close();
  });

  await check('<script> in titles and ids stays text and never runs', async () => {
    const p = await context.newPage();
    const dialogs = [];
    p.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
    await p.goto('file://' + xssPath, { waitUntil: 'load' });
    assert.deepEqual(dialogs, []);
    // textContent, not innerText: sections use content-visibility:auto, and the innerText of a section
    // not yet laid out is empty. A parsed <script> would leave only its body in textContent, never the tags.
    assert.match(await p.locator('#case-1 h2').textContent(), /<script>alert\('case'\)<\/script>/);
    assert.match(await p.locator('#case-1 table.findings').textContent(), /<script>alert\('title'\)<\/script>/);
    assert.equal(await p.locator('script').count(), 1);
    await p.close();
  });

  await check('no network request, no script error', async () => {
    assert.deepEqual(requests.offending(), []);
    assert.ok(requests.urls.some((u) => u.startsWith('file:')), 'the page itself was seen');
    assert.deepEqual(pageErrors, []);
  });
} finally {
  await browser.close();
}
console.log(failures === 0 ? `browser test passed (${cases.length} cases); artefacts in ${path.relative(repo, artifacts)}/` : `${failures} check(s) failed`);
process.exit(failures === 0 ? 0 : 1);
