import assert from 'node:assert/strict';
import { test } from 'node:test';
import { escapeHtml, normalizeEvaluateResponse, outcomeClass, renderFindingsHtml } from '../../src/html';

test('escapes the HTML special characters', () => {
  assert.equal(escapeHtml(`<script>alert("x" & 'y')</script>\``), '&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;&#96;');
  assert.equal(escapeHtml(undefined), '');
  assert.equal(escapeHtml(null), '');
  assert.equal(escapeHtml(42), '42');
  assert.equal(escapeHtml('&amp;'), '&amp;amp;');
});

test('normalizes a partial or odd response', () => {
  assert.deepEqual(normalizeEvaluateResponse(null), { findings: [] });
  assert.deepEqual(normalizeEvaluateResponse({ findings: 'no' }), { findings: [] });
  const r = normalizeEvaluateResponse({ findings: [{ safeguardId: 'A-1', citations: 'CPC 134.1', outcome: 'violated' }, 7] });
  assert.deepEqual(r.findings[0], {
    safeguardId: 'A-1',
    title: '',
    outcome: 'violated',
    severity: '',
    citations: ['CPC 134.1'],
    explanation: '',
  });
  assert.equal(r.findings[1].safeguardId, '');
});

test('outcome classes come from a fixed list', () => {
  assert.equal(outcomeClass('violated'), 'bad');
  assert.equal(outcomeClass('Not applicable'), 'na');
  assert.equal(outcomeClass('insufficient_data'), 'unsure');
  assert.equal(outcomeClass('"><img src=x>'), 'other');
});

test('renders a table with every field escaped', () => {
  const evil = '<img src=x onerror=alert(1)>';
  const html = renderFindingsHtml(
    {
      findings: [
        {
          safeguardId: 'DET-REG-3H',
          title: `Report ${evil}`,
          outcome: 'violated',
          severity: 'error',
          citations: ['CPC_OLD 134.1', evil],
          explanation: `Registered 5 h after apprehension.\nLimit: 3 h ${evil}`,
        },
      ],
    },
    { cspSource: 'vscode-resource:', packName: `kz${evil}.sg`, caseName: `case${evil}.json`, asOf: '2015-03-01' },
  );
  assert.ok(!html.includes('<img'), 'no raw tag from the data');
  assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'));
  assert.ok(html.includes('<td class="id">DET-REG-3H</td>'));
  assert.ok(html.includes('<span class="outcome bad">violated</span>'));
  assert.ok(html.includes('Registered 5 h after apprehension.<br>Limit: 3 h'));
  assert.ok(html.includes('<div>CPC_OLD 134.1</div>'));
  assert.ok(html.includes('as of 2015-03-01'));
  assert.ok(html.includes('1 violated'));
  assert.match(html, /Content-Security-Policy" content="default-src 'none';/);
  assert.ok(!/<script/i.test(html));
});

test('says so when there are no findings', () => {
  const html = renderFindingsHtml({ findings: [] }, { cspSource: 'x', packName: 'p', caseName: 'c' });
  assert.ok(html.includes('no findings'));
  assert.ok(!html.includes('<table>'));
});
