// Drives a real VS Code (code-server) in headless Chromium with playwright-core and checks the
// Safeguards extension end to end. Started by run.sh, which sets up everything and passes:
//   E2E_URL          http://127.0.0.1:PORT/?folder=...   (code-server, already running)
//   E2E_WORKSPACE    the workspace folder (a copy of rules/ plus draft/mistake.sg and draft/unformatted.sg)
//   E2E_ARTIFACTS    where screenshots and the report go
//   E2E_FIXTURES     the number of fixtures `safeguards test` finds in the bundled packs (all must pass)
//   E2E_CLI          the CLI bundled in the .vsix (safeguards.dll), to compare the editor's formatting with `safeguards fmt`
//   E2E_PLAYWRIGHT   the folder of the playwright-core package
//   E2E_CHROMIUM     the Chromium executable (default /usr/bin/chromium)
// Exits 0 when every check passed, 1 otherwise. Each step leaves a screenshot NN-step.png.

import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as path from 'node:path';

const env = (k, d) => process.env[k] ?? d ?? (() => { throw new Error(`${k} is not set`); })();
const URL_ = env('E2E_URL');
const WS = env('E2E_WORKSPACE');
const ART = env('E2E_ARTIFACTS');
const EXPECTED_FIXTURES = parseInt(env('E2E_FIXTURES'), 10);
const CLI = env('E2E_CLI');
const SETTINGS = env('E2E_SETTINGS'); // code-server's user settings.json (it watches the file)
const require = createRequire(path.join(env('E2E_PLAYWRIGHT'), 'package.json'));
const { chromium } = require('playwright-core');

fs.mkdirSync(ART, { recursive: true });
const t0 = Date.now();
const log = (...a) => console.log(`[e2e ${((Date.now() - t0) / 1000).toFixed(1).padStart(6)}s]`, ...a);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms)); // only as the polling interval of `until`
const results = [];
// Every wait is on the state of the UI and returns as soon as that state is reached; this bound (2 minutes,
// E2E_WAIT in seconds) only decides when a wait gives up, so that a busy 2-core machine still passes.
const BOUND = parseInt(process.env.E2E_WAIT ?? '120', 10) * 1000;
let gone = () => false; // set once the page exists: true when it or the browser has gone away

/** Polls `fn` until it returns a truthy value; throws the last error or `what` after `timeout` ms. */
async function until(what, fn, { timeout = BOUND, interval = 500 } = {}) {
  const start = Date.now();
  const end = start + timeout;
  let last;
  for (;;) {
    if (gone()) throw new Error(`the browser page was closed while waiting for ${what}`);
    try {
      const v = await fn();
      if (v) {
        // Long waits are worth knowing about when a run is slow (they are not failures).
        if (Date.now() - start > 10000) log(`  (waited ${((Date.now() - start) / 1000).toFixed(1)}s for ${what})`);
        return v;
      }
    } catch (e) {
      // The browser or page is gone: nothing will change any more, so fail at once instead of polling.
      if (/has been closed|Target closed|Browser closed/.test(e.message)) throw e;
      last = e;
    }
    if (Date.now() > end) throw new Error(`timed out after ${timeout / 1000}s waiting for ${what}${last ? ` (${last.message.split('\n')[0]})` : ''}`);
    await sleep(interval);
  }
}

// ---------------------------------------------------------------- facts from the workspace files

const read = (rel) => fs.readFileSync(path.join(WS, rel), 'utf8');
const detention = read('kz/detention.sg').split('\n');
const mistake = read('draft/mistake.sg').split('\n');
const sources = fs.readdirSync(path.join(WS, 'kz')).filter((f) => f.endsWith('.sg')).map((f) => read(`kz/${f}`)).join('\n');

/** 1-based line and column of the first match of `re` (column of group 1 if any). */
function find(lines, re) {
  for (let i = 0; i < lines.length; i++) {
    const m = re.exec(lines[i]);
    if (m) {
      const col = m[1] !== undefined ? m.index + m[0].indexOf(m[1]) : m.index;
      return { line: i + 1, col: col + 1, text: lines[i], match: m };
    }
  }
  throw new Error(`no line matches ${re}`);
}

const declLine = find(detention, /^(safeguard) [A-Z0-9-]+ "/);
const citeLine = find(detention, /^\s*cites (\w+) article ([0-9][0-9.()A-Za-z-]*)\s*$/);
const [, citedSource, citedArticle] = citeLine.match;
const articleDecl = new RegExp(`^article ${citedSource} ${citedArticle.replace(/[.()]/g, '\\$&')} "([^"]+)"`, 'm').exec(sources);
if (!articleDecl) throw new Error(`article ${citedSource} ${citedArticle} is not declared in kz/`);
const articleTitle = articleDecl[1];
const citeCol = citeLine.text.lastIndexOf(citedArticle) + 1;
const caseStart = detention.findIndex((l) => /^case detention\b/.test(l));
const events = [];
for (let i = caseStart + 1; i < detention.length && /^\s/.test(detention[i]); i++) {
  const m = /^\s+event (\w+)/.exec(detention[i]);
  if (m) events.push(m[1]);
}
const mistakeLine = find(mistake, /^\s*requires (registred)\b/);

/** Sets a user setting in code-server's settings.json (applied for certain by a window reload). */
function setUserSetting(key, value) {
  const settings = JSON.parse(fs.readFileSync(SETTINGS, 'utf8'));
  if (value === undefined) delete settings[key];
  else settings[key] = value;
  fs.writeFileSync(SETTINGS, JSON.stringify(settings, null, 2));
}

// ---------------------------------------------------------------- browser helpers

const browser = await chromium.launch({
  executablePath: env('E2E_CHROMIUM', '/usr/bin/chromium'),
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
  ],
});
const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
const page = await context.newPage();
gone = () => page.isClosed() || !browser.isConnected();
page.setDefaultTimeout(BOUND);
const consoleErrors = [];
page.on('console', (m) => {
  if (m.type() === 'error') consoleErrors.push(m.text());
});

let shot = 0;
async function screenshot(name) {
  const file = path.join(ART, `${String(++shot).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path: file });
  log(`screenshot ${path.relative(process.cwd(), file)}`);
  return file;
}

async function check(name, fn) {
  const started = Date.now();
  log(`CHECK ${name}`);
  try {
    const detail = await fn();
    results.push({ name, ok: true, detail, seconds: (Date.now() - started) / 1000 });
    log(`  ok: ${detail ?? ''}`);
  } catch (e) {
    results.push({ name, ok: false, detail: e.message, seconds: (Date.now() - started) / 1000 });
    log(`  FAILED: ${e.message}`);
    await screenshot(`failed-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`).catch(() => {});
  }
}

const quickInput = () => page.locator('.quick-input-widget');
const activeEditor = () => page.locator('.editor-group-container.active .monaco-editor').first();
async function closeWidgets() {
  for (let i = 0; i < 3; i++) await page.keyboard.press('Escape');
}

/** Runs a command from the Command Palette by its title. */
/** Presses `key` until the quick input opens (a key press can be lost while focus moves). */
async function openQuickInput(key, timeout = BOUND) {
  let attempt = 0;
  await until(`${key} to open the quick input`, async () => {
    if (attempt++ > 0) {
      log(`  (${key} opened nothing, attempt ${attempt - 1}; retrying)`);
      await page.locator('.part.statusbar').click({ position: { x: 5, y: 5 } }).catch(() => {});
    }
    await closeWidgets();
    await page.keyboard.press(key);
    // Give this key press its chance (on a busy machine the widget can take seconds), then press again.
    return quickInput().waitFor({ state: 'visible', timeout: 10000 }).then(() => true, () => false);
  }, { timeout, interval: 100 });
}

async function command(title) {
  await openQuickInput('F1');
  const box = quickInput().locator('input');
  await box.fill(`>${title}`);
  // Wait for the exact title in the list, then run it.
  const row = quickInput().locator('.monaco-list-row', { hasText: title }).first();
  await row.waitFor({ state: 'visible' });
  await row.click();
  // The palette is done when the quick input is hidden, or shows what the command asks for (an open
  // dialog or an input box reuse the same widget, so "hidden" alone would never come).
  await until(`the command palette to close after "${title}"`, async () =>
    !(await quickInput().isVisible()) || !(await box.inputValue().catch(() => '')).startsWith('>'), { interval: 100 });
}

/** Opens a workspace file with Quick Open. */
async function openFile(rel) {
  const name = path.basename(rel);
  const folder = path.dirname(rel);
  // The active tab of the active group (another group may show the same file).
  const tab = page.locator('.editor-group-container.active .tabs-container .tab.active', { hasText: name });
  await until(`${rel} to open in the editor`, async () => {
    await openQuickInput('Control+P', 30000); // within this loop's bound: a failed attempt is retried from the start
    const box = quickInput().locator('input');
    await box.fill(rel);
    // The list filters asynchronously: Enter only once the box holds the path and the focused row is
    // that file (its name, and its folder in the description), not a row left from an earlier filter.
    const ready = await until('the file to be the selected row', async () => {
      if ((await box.inputValue()) !== rel) return false;
      const focused = quickInput().locator('.monaco-list-row.focused').first();
      if (!(await focused.isVisible())) return false;
      const text = (await focused.innerText()).replace(/\s+/g, ' ');
      return text.includes(name) && (folder === '.' || text.includes(folder));
    }, { timeout: 20000, interval: 100 }).catch(() => false);
    if (!ready) return false;
    await page.keyboard.press('Enter');
    return tab.waitFor({ state: 'visible', timeout: 20000 }).then(() => true, () => false);
  });
  await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ state: 'visible' });
}

/** Opens the Problems panel: by command, by its key, or from the status bar, whichever works first. */
async function showProblems() {
  const panel = page.locator('.markers-panel');
  const ways = [
    () => command('View: Focus Problems (Errors, Warnings, Infos)'),
    () => page.keyboard.press('Control+Shift+M'),
    () => page.locator('[id="status.problems"]').first().click(),
  ];
  for (const open of ways) {
    if (await panel.isVisible().catch(() => false)) return panel;
    await open().catch(() => {});
    await panel.waitFor({ state: 'visible', timeout: 10000 }).catch(() => {}); // then the next way
  }
  await panel.waitFor({ state: 'visible' });
  return panel;
}

/** Types `text` into the Problems panel's filter box (empty: no filter) and waits until the box holds it. */
async function filterProblems(text) {
  const box = page.locator('.part.panel .viewpane-filter input, .part.panel input[placeholder^="Filter (e.g. text"]').first();
  await until(`the Problems filter "${text}"`, async () => {
    await box.fill(text);
    return (await box.inputValue()) === text;
  });
}

/** Runs the bundled CLI; returns its exit code and output. */
function cli(...args) {
  const run = spawnSync('dotnet', [CLI, ...args], { cwd: WS, encoding: 'utf8' });
  return { status: run.status, out: `${run.stdout}${run.stderr}` };
}

/** Moves the cursor with Go to Line/Column (1-based). */
async function gotoPos(line, col) {
  const selection = page.locator('[id="status.editor.selection"]');
  const there = async () => /Ln (\d+), Col (\d+)/.exec(await selection.innerText().catch(() => ''))?.slice(1).join(':') === `${line}:${col}`;
  await until(`the cursor at line ${line}, column ${col}`, async () => {
    await openQuickInput('Control+G', 30000);
    const box = quickInput().locator('input');
    await box.fill(`:${line}:${col}`);
    // The picker describes the target once it has read the value: Enter only then.
    const row = quickInput().locator('.monaco-list-row', { hasText: String(line) }).first();
    const read = await row.waitFor({ state: 'visible', timeout: 20000 }).then(() => true, () => false);
    if (!read || (await box.inputValue()) !== `:${line}:${col}`) return false;
    await page.keyboard.press('Enter');
    // The status bar shows where the cursor is: the move is done when it reads this line and column.
    return until('the status bar to show the position', there, { timeout: 20000, interval: 100 }).catch(() => false);
  });
}

/**
 * Types `file` into code-server's open dialog (a quick input with a path box) and accepts it, until the
 * quick input shows `next`. Enter is pressed only when the box holds the path and the dialog is not busy
 * reading folders; a press the dialog did not take (it is still there, with the path) is repeated.
 */
async function acceptOpenDialog(file, next) {
  const box = quickInput().locator('input');
  const text = () => quickInput().innerText().catch(() => '');
  const busy = () => quickInput().locator('.quick-input-progress.active').isVisible().catch(() => false);
  const shown = async () => (await quickInput().isVisible().catch(() => false)) && (await text()).includes(next);
  await until(`the open dialog to take ${path.basename(file)} and ask for "${next}"`, async () => {
    if (await shown()) return true;
    if (!(await quickInput().isVisible().catch(() => false))) return false; // between the two prompts
    if (path.normalize(await box.inputValue()) !== file) {
      await box.fill(file);
      return false;
    }
    if (await busy()) return false;
    await page.keyboard.press('Enter');
    return until('the dialog to take the path', shown, { timeout: 20000, interval: 200 }).catch(() => false);
  }, { interval: 200 });
}

/** True when a line of the active editor matches `re` (its rendered text). */
async function editorHasLine(re) {
  const lines = await activeEditor().locator('.view-lines .view-line').allInnerTexts();
  return lines.some((l) => re.test(l.replace(/\u00a0/g, ' ')));
}


/** The rendered spans of the editor line whose text is `text`: [{ from, to, text, color, cls }]. */
async function lineSpans(text) {
  return page.evaluate((want) => {
    const norm = (s) => s.replace(/\u00a0/g, ' ');
    const editor = document.querySelector('.editor-group-container.active .monaco-editor');
    for (const line of editor.querySelectorAll('.view-lines .view-line')) {
      if (norm(line.textContent).trimEnd() !== want.trimEnd()) continue;
      const spans = [];
      let pos = 0;
      for (const s of line.querySelectorAll(':scope > span > span')) {
        const t = norm(s.textContent);
        spans.push({ from: pos, to: pos + t.length, text: t, color: getComputedStyle(s).color, cls: s.className });
        pos += t.length;
      }
      return spans;
    }
    return null;
  }, text);
}

// ---------------------------------------------------------------- the test

let exitCode = 0;
try {
  log(`opening ${URL_}`);
  await until(
    'the workbench',
    async () => {
      await page.goto(URL_, { waitUntil: 'domcontentloaded', timeout: 30000 });
      await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60000 });
      return true;
    },
    { timeout: 180000, interval: 2000 },
  );
  // The explorer shows the workspace once the remote file system is up.
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'kz' }).first().waitFor({ state: 'visible', timeout: 60000 });
  await screenshot('workbench');

  await check('recognised: language mode Safeguards, extension active, server ready', async () => {
    await openFile('kz/detention.sg');
    const mode = page.locator('#status\\.editor\\.mode');
    await until('the language mode "Safeguards"', async () => (await mode.innerText()).trim() === 'Safeguards', { timeout: 60000 });
    // The extension's status bar item: "Safeguards" with the server's state in its accessible label.
    const item = page.locator('.statusbar-item[aria-label^="Safeguards language server"]');
    const label = await until(
      'the language server to be ready',
      async () => {
        const l = await item.getAttribute('aria-label');
        if (l && l.endsWith('failed')) throw new Error(`status bar says: ${l}`);
        return l === 'Safeguards language server ready' && l;
      },
      { timeout: 120000, interval: 1000 },
    );
    await gotoPos(declLine.line, declLine.col);
    await screenshot('language-mode');
    return `status bar mode "Safeguards"; "${label}"`;
  });

  // ---- colours: helpers shared by the two colour checks
  const plainColour = () =>
    page.evaluate(() => getComputedStyle(document.querySelector('.editor-group-container.active .monaco-editor .view-lines')).color);
  /** The rendered colours of the keyword, the id and the string of the first safeguard declaration. */
  const colours = async () => {
    const spans = await until('the rendered line', () => lineSpans(declLine.text));
    const at = (col0) => spans.find((s) => s.from <= col0 && col0 < s.to);
    const kw = at(0);
    const id = at(declLine.text.indexOf(' ') + 1);
    const str = at(declLine.text.indexOf('"') + 1);
    if (!kw || !id || !str) throw new Error(`spans not found: ${JSON.stringify(spans)}`);
    return { kw, id, str };
  };
  /** VS Code's token inspector on the token at `col`: its text, and the TextMate rule's colour. */
  const inspect = async (col, scope) => {
    await gotoPos(declLine.line, col);
    await command('Developer: Inspect Editor Tokens and Scopes');
    const widget = page.locator('.token-inspect-widget');
    await widget.waitFor({ state: 'visible' });
    const text = await until(`the scope ${scope}`, async () => {
      const t = await widget.innerText();
      return t.includes(scope) && t;
    });
    const tm = text.slice(text.indexOf('textmate scopes'));
    const hex = /"foreground":\s*"(#[0-9A-Fa-f]{6})/.exec(tm)?.[1]?.toUpperCase();
    return { text, hex, semantic: /semantic token type/.test(text) };
  };
  const rgb = (hex) => `rgb(${parseInt(hex.slice(1, 3), 16)}, ${parseInt(hex.slice(3, 5), 16)}, ${parseInt(hex.slice(5, 7), 16)})`;

  await check('coloured as users see it: grammar scopes plus the server\'s semantic tokens', async () => {
    await openFile('kz/detention.sg');
    const plain = await plainColour();
    const c = await colours();
    if (new Set([c.kw.color, c.str.color, plain]).size !== 3 || c.id.color === plain || c.id.color === c.str.color) {
      throw new Error(`expected distinct colours, got keyword ${c.kw.color}, id ${c.id.color}, string ${c.str.color}, text ${plain}`);
    }
    const kw = await inspect(declLine.col + 2, 'keyword.declaration.safeguards');
    await screenshot('colours-keyword-scope');
    await closeWidgets();
    return `keyword ${c.kw.color} (${c.kw.cls}), id ${c.id.color} (${c.id.cls}), string ${c.str.color} (${c.str.cls}), text ${plain}; inspector: textmate scope keyword.declaration.safeguards${kw.semantic ? ', semantic token keyword' : ''}`;
  });

  await check('the deliberate mistake is in the Problems panel with its SG code', async () => {
    await openFile('draft/mistake.sg');
    await command('View: Focus Problems (Errors, Warnings, Infos)').catch(async () => {
      await page.keyboard.press('Control+Shift+M');
    });
    const panel = page.locator('.markers-panel');
    await panel.waitFor({ state: 'visible' });
    const row = panel.locator('.monaco-list-row', { hasText: 'registred' }).first();
    await row.waitFor({ state: 'visible', timeout: 120000 });
    const text = (await row.innerText()).replace(/\s+/g, ' ');
    const label = (await row.getAttribute('aria-label')) ?? '';
    if (!/SG2005/.test(text + label)) throw new Error(`the problem has no SG2005: ${text} / ${label}`);
    if (!new RegExp(`\\b${mistakeLine.line}\\b`).test(text + label)) throw new Error(`not on line ${mistakeLine.line}: ${text} / ${label}`);
    // And the squiggle in the editor.
    await gotoPos(mistakeLine.line, mistakeLine.col);
    await activeEditor().locator('.squiggly-error').first().waitFor({ state: 'visible' });
    await screenshot('problems');
    return text.trim();
  });

  await check(`hover over "cites ${citedSource} article ${citedArticle}" shows the article`, async () => {
    await openFile('kz/detention.sg');
    const hover = page.locator('.monaco-hover:not(.hidden) .monaco-hover-content, .monaco-hover.visible .monaco-hover-content').first();
    const text = await until(
      'the hover with the article title',
      async () => {
        await gotoPos(citeLine.line, citeCol + 1);
        await command('Show or Focus Hover');
        await hover.waitFor({ state: 'visible', timeout: 5000 });
        const t = await until('hover text', async () => {
          const s = await hover.innerText();
          return s.includes(articleTitle) && s;
        }, { timeout: 5000 });
        return t;
      },
      { timeout: 90000, interval: 1000 },
    );
    if (!text.includes(citedArticle)) throw new Error(`the hover does not name article ${citedArticle}: ${text}`);
    await screenshot('hover-article');
    await closeWidgets();
    return text.replace(/\s+/g, ' ').slice(0, 200);
  });

  await check('completion after "requires " offers the case schema\'s events', async () => {
    await openFile('draft/mistake.sg');
    // Delete the misspelt event: the line reads "requires | within 3 hours after apprehended".
    await gotoPos(mistakeLine.line, mistakeLine.col);
    await page.keyboard.press('Shift+Control+ArrowRight');
    await page.keyboard.press('Delete');
    await until('the misspelt event to be deleted', async () => !(await editorHasLine(/requires registred/)) && (await editorHasLine(/^\s*requires\s+within/)));
    const rows = page.locator('.suggest-widget.visible .monaco-list-row');
    const labels = await until(
      'completion items',
      async () => {
        await page.keyboard.press('Control+Space');
        await rows.first().waitFor({ state: 'visible', timeout: 5000 });
        const all = await page.locator('.suggest-widget.visible .monaco-list-row .label-name').allInnerTexts();
        return all.includes(events[0]) && all;
      },
      { timeout: 60000, interval: 1000 },
    );
    const shown = labels.map((l) => l.trim());
    // The widget shows about a dozen rows; every one must be an event of the case, in the case's order.
    const expected = events.slice(0, shown.length);
    const missing = expected.filter((e) => !shown.includes(e));
    const foreign = shown.filter((l) => !events.includes(l));
    if (missing.length || foreign.length) throw new Error(`missing ${missing.join(', ') || '-'}; not events: ${foreign.join(', ') || '-'}`);
    await screenshot('completion-events');
    await closeWidgets();
    return `${shown.length} items shown, all events of case detention: ${shown.join(', ')}`;
  });

  await check(`the fixtures appear in the Test Explorer and pass (${EXPECTED_FIXTURES} expected)`, async () => {
    await command('Testing: Focus on Test Explorer View');
    const view = page.locator('.test-explorer');
    await view.waitFor({ state: 'visible' });
    const files = view.locator('.monaco-list-row', { hasText: 'fixtures.json' });
    await files.first().waitFor({ state: 'visible', timeout: 60000 });
    const names = (await files.allInnerTexts()).map((t) => t.split('\n')[0].trim());
    await screenshot('test-explorer');
    await command('Test: Run All Tests');
    const summary = await until(
      'the test run to finish',
      async () => {
        // The summary above the tree: "<passed>/<total>  <duration>" once the run is over.
        const t = await page.locator('.part.sidebar').innerText();
        const m = /(\d+)\/(\d+)\s+[\d.]+\s*(?:ms|s|m)\b/.exec(t);
        const busy = await view.locator('.codicon-testing-queued-icon, .codicon-testing-loading-icon, .codicon-loading').count();
        return m && !busy && m;
      },
      { timeout: 180000, interval: 1000 },
    ).catch(async (e) => {
      const t = await page.locator('.part.sidebar').innerText().catch(() => '');
      throw new Error(`${e.message}; view says: ${t.replace(/\s+/g, ' ').slice(0, 300)}`);
    });
    if (summary[1] !== summary[2]) throw new Error(`only ${summary[1]} of ${summary[2]} fixtures passed`);
    if (parseInt(summary[2], 10) !== EXPECTED_FIXTURES) {
      throw new Error(`the explorer ran ${summary[2]} tests; safeguards test finds ${EXPECTED_FIXTURES} fixtures`);
    }
    const failedIcons = await view.locator('.codicon-testing-failed-icon, .codicon-testing-error-icon').count();
    if (failedIcons) throw new Error(`${failedIcons} failed or errored test icons`);
    // Expand the first fixtures file to show its fixtures with their ticks.
    await files.first().click();
    await page.keyboard.press('ArrowRight');
    await until('fixture rows', async () => (await view.locator('.monaco-list-row[aria-level="2"]').count()) > 0);
    const passedRows = await view.locator('.monaco-list-row:has(.codicon-testing-passed-icon)').count();
    await screenshot('tests-passed');
    return `${summary[1]}/${summary[2]} passed; ${names.length} fixtures files; ${passedRows} visible rows with a pass icon`;
  });

  await check('Safeguards: Format Document leaves exactly what `safeguards fmt` writes', async () => {
    const rel = 'draft/unformatted.sg';
    const file = path.join(WS, rel);
    const original = fs.readFileSync(file, 'utf8');
    if (cli('fmt', '--check', rel).status !== 1) throw new Error(`${rel} should start unformatted`);
    // What the CLI makes of it, on a copy.
    const copy = path.join(ART, 'unformatted.cli.sg');
    fs.writeFileSync(copy, original);
    const formatted = cli('fmt', copy);
    if (formatted.status !== 0) throw new Error(`safeguards fmt failed: ${formatted.out}`);
    const expected = fs.readFileSync(copy, 'utf8');
    fs.rmSync(copy);
    await openFile(rel);
    await command('Safeguards: Format Document');
    await activeEditor().click({ position: { x: 200, y: 10 } }); // focus the editor for the save
    await page.keyboard.press('Control+S');
    const saved = await until('the formatted file on disk', async () => {
      const text = fs.readFileSync(file, 'utf8');
      return text !== original && text;
    });
    await screenshot('formatted');
    if (saved !== expected) throw new Error(`the editor's formatting differs from safeguards fmt:\n${saved}\n---\n${expected}`);
    if (cli('fmt', '--check', rel).status !== 0) throw new Error(`${rel} is still not formatted after the command`);
    const changed = original.split('\n').filter((l, i) => l !== saved.split('\n')[i]).length;
    return `${changed} lines re-indented; the saved file is byte for byte what safeguards fmt writes`;
  });

  await check('Safeguards: Check Workspace puts `safeguards check` problems in the Problems panel', async () => {
    // What the CLI says of the files on disk (earlier checks may have saved draft/mistake.sg): its first error there.
    const first = cli('check', '.').out.split('\n')
      .map((l) => /^draft[\\/]mistake\.sg\((\d+),(\d+)\): error (SG\d{4}): /.exec(l))
      .find(Boolean);
    if (!first) throw new Error('safeguards check reports no error in draft/mistake.sg');
    const [, line, column, code] = first;
    await command('Safeguards: Check Workspace');
    const panel = await showProblems();
    const row = panel.locator('.monaco-list-row', { hasText: 'safeguards check' }).filter({ hasText: code }).filter({ hasText: `Ln ${line}, Col ${column}` }).first();
    await row.waitFor({ state: 'visible', timeout: 120000 });
    const text = (await row.innerText()).replace(/\s+/g, ' ');
    await screenshot('check-workspace');
    return `${text.trim()} (the CLI: draft/mistake.sg(${line},${column}) ${code})`;
  });

  await check('Safeguards: Evaluate Case… shows the findings the CLI gives for the same case', async () => {
    const caseRel = 'cases/alimbekov-2007-detention.json';
    const asOf = '2026-11-23T12:00:00+05:00';
    const evaluated = cli('eval', 'kz', caseRel, '--as-of', asOf, '--format', 'json');
    const cliCase = JSON.parse(evaluated.out.slice(0, evaluated.out.lastIndexOf('}') + 1)).results[0];
    const applicable = cliCase.findings.filter((f) => f.outcome !== 'not-applicable');
    if (applicable.length === 0) throw new Error('the CLI finds nothing applicable in the example case');
    await openFile('kz/detention.sg');
    let rows;
    try {
      await command('Safeguards: Evaluate Case…');
      // The open dialog of code-server is a quick input with a path box: type the case's path, then the reference time.
      await acceptOpenDialog(path.join(WS, caseRel), 'Reference time');
      const asOfBox = quickInput().locator('input');
      await until('the as-of box to hold the time', async () => {
        if ((await asOfBox.inputValue()) !== asOf) await asOfBox.fill(asOf);
        return (await asOfBox.inputValue()) === asOf;
      }, { interval: 200 });
      await page.keyboard.press('Enter');
      // (A hidden quick input keeps its last text: what counts is whether it is visible.)
      await until('the as-of input to close', async () => !(await quickInput().isVisible()) || !(await quickInput().innerText()).includes('Reference time'));
      // The findings webview: an iframe in an iframe.
      const view = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
      rows = await until('the findings table', async () => {
        const texts = await view.locator('tr').allInnerTexts().catch(() => []);
        return texts.length > 1 && texts;
      }, { interval: 1000 });
      await screenshot('evaluate-case');
    } finally {
      // The findings open beside the pack: close every editor group so that later checks find one tab per file.
      await closeWidgets();
      await command('View: Close All Editor Groups').catch(() => {});
    }
    const shown = rows.map((r) => r.replace(/\s+/g, ' '));
    const wrong = applicable.filter((f) => !shown.some((r) => r.includes(f.safeguard) && r.includes(f.outcome)));
    if (wrong.length) throw new Error(`not shown as the CLI says: ${wrong.map((f) => `${f.safeguard} ${f.outcome}`).join(', ')}; rows: ${shown.join(' | ')}`);
    return `${applicable.length} applicable findings, each with the CLI's outcome: ${applicable.map((f) => `${f.safeguard} ${f.outcome}`).join(', ')}`;
  });

  await check('a case file with a misspelt event type: a problem from the pack\'s case schema, and completion of the event types', async () => {
    const rel = 'cases/misspelt-event.json';
    const valid = 'cases/alimbekov-2007-detention.json';
    const bad = find(read(rel).split('\n'), /"type": "(apprehendd)"/);
    // The valid example first: the JSON language service validates open files in order, so once the
    // misspelt file has its problem, the example has been validated with the same schema.
    let text;
    let labels;
    try {
      await openFile(valid);
      await openFile(rel);
      const panel = await showProblems();
      // The panel lists every file's problems and renders only the rows in view: show this file's alone.
      await filterProblems(`**/${path.basename(rel)}`);
      // VS Code's JSON language service, with the schema the extension serves (safeguards schema on kz/):
      // the value is not an event type of case detention, and the message lists the pack's event types.
      const row = panel.locator('.monaco-list-row').filter({ hasText: `Ln ${bad.line},` }).filter({ hasText: `"${events[0]}"` }).first();
      const rows = panel.locator('.monaco-list-row').filter({ hasText: `Ln ${bad.line},` });
      await row.waitFor({ state: 'visible' });
      text = (await row.innerText()).replace(/\s+/g, ' ').trim();
      // VS Code shows problems found by a JSON schema as warnings (a yellow squiggle).
      await activeEditor().locator('.squiggly-warning, .squiggly-error').first().waitFor({ state: 'visible' });
      await screenshot('case-file-problem');
      const messages = (await rows.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
      if (messages.length !== 1) throw new Error(`expected one problem on line ${bad.line}, found: ${messages.join(' | ')}`);
      // The valid example has none: the filtered panel says so (or lists what it has).
      await filterProblems(`**/${path.basename(valid)}`);
      const noResults = panel.locator('.message-box-container', { hasText: 'No results' });
      const validRows = panel.locator('.monaco-list-row', { hasText: path.basename(valid) });
      await until(`the Problems panel filtered to ${valid}`, async () => (await noResults.isVisible()) || (await validRows.count()) > 0);
      if (await validRows.count()) throw new Error(`${valid} has problems, but the CLI reads it: ${(await panel.innerText()).slice(0, 300)}`);
      await filterProblems('');

      // Completion: delete the misspelt value and ask for suggestions inside the quotes.
      await gotoPos(bad.line, bad.col);
      await page.keyboard.press('Shift+Control+ArrowRight');
      await page.keyboard.press('Delete');
      await until('the misspelt value to be deleted', () => editorHasLine(/"type": "",/));
      labels = await until('completion of event types', async () => {
        await page.keyboard.press('Control+Space');
        await page.locator('.suggest-widget.visible .monaco-list-row').first().waitFor({ state: 'visible', timeout: 10000 });
        const all = (await page.locator('.suggest-widget.visible .monaco-list-row .label-name').allInnerTexts()).map((l) => l.trim().replace(/^"|"$/g, ''));
        return all.includes(events[0]) && all;
      }, { interval: 1000 });
      const foreign = labels.filter((l) => !events.includes(l));
      if (foreign.length) throw new Error(`suggestions that are not events of case detention: ${foreign.join(', ')}`);
      await screenshot('case-file-completion');
    } finally {
      // Leave no modified editor and no filter behind, whether the check passed or not.
      await closeWidgets();
      await filterProblems('').catch(() => {});
      await command('File: Revert File').catch(() => {});
      await until('the case file to be unmodified', async () => (await page.locator('.tabs-container .tab.dirty').count()) === 0).catch(() => {});
      await command('View: Close All Editor Groups').catch(() => {});
    }
    return `${text}; ${labels.length} suggestions, all event types of case detention (${labels.slice(0, 4).join(', ')}, ...); ${valid}: no problems`;
  });

  await check('coloured by the grammar alone: each token has its TextMate rule\'s colour', async () => {
    // Semantic highlighting off for .sg files, then reload the window so that it surely applies.
    setUserSetting('[safeguards]', { 'editor.semanticHighlighting.enabled': false });
    await command('Developer: Reload Window');
    await page.locator('.explorer-folders-view .monaco-list-row, .test-explorer .monaco-list-row').first().waitFor({ state: 'visible', timeout: 60000 });
    await openFile('kz/detention.sg');
    const plain = await plainColour();
    let grammar;
    const kw = await until(
      'the keyword to take the grammar\'s colour',
      async () => {
        const r = await inspect(declLine.col + 2, 'keyword.declaration.safeguards');
        if (r.semantic || !r.hex) return false;
        grammar = await colours();
        return grammar.kw.color === rgb(r.hex) && r;
      },
      { interval: 1000 },
    );
    await screenshot('grammar-keyword-scope');
    await closeWidgets();
    const str = await inspect(declLine.text.indexOf('"') + 4, 'string.quoted.double.safeguards');
    await screenshot('grammar-string-scope');
    await closeWidgets();
    const id = await inspect(declLine.text.indexOf(' ') + 3, 'entity.name.function.safeguard.safeguards');
    await closeWidgets();
    if (grammar.str.color !== rgb(str.hex)) throw new Error(`the string is ${grammar.str.color}, the theme gives ${str.hex} to its scope`);
    if (grammar.id.color !== rgb(id.hex)) throw new Error(`the id is ${grammar.id.color}, the theme gives ${id.hex} to its scope`);
    if (new Set([grammar.kw.color, grammar.str.color, plain]).size !== 3 || grammar.id.color === plain) {
      throw new Error(`expected distinct colours, got keyword ${grammar.kw.color}, id ${grammar.id.color}, string ${grammar.str.color}, text ${plain}`);
    }
    await gotoPos(declLine.line, declLine.col);
    await screenshot('grammar-colours');
    return `keyword.declaration ${kw.hex}, entity.name.function.safeguard ${id.hex}, string.quoted.double ${str.hex}, text ${plain}: the rendered spans have exactly these colours`;
  });
} catch (e) {
  log(`ERROR ${e.stack}`);
  results.push({ name: 'driver', ok: false, detail: e.message });
  await screenshot('error').catch(() => {});
} finally {
  const failed = results.filter((r) => !r.ok);
  exitCode = failed.length || results.length === 0 ? 1 : 0;
  const report = { ok: exitCode === 0, seconds: (Date.now() - t0) / 1000, results, consoleErrors: consoleErrors.slice(0, 50) };
  fs.writeFileSync(path.join(ART, 'report.json'), JSON.stringify(report, null, 2));
  console.log('\nEnd-to-end checks:');
  for (const r of results) console.log(`  ${r.ok ? 'PASS' : 'FAIL'}  ${r.name}${r.ok ? '' : `\n        ${r.detail}`}`);
  await browser.close().catch(() => {});
}
process.exit(exitCode);
