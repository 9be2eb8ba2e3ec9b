// Escaping and rendering of the evaluation results shown in a webview.
// Pure module: must not import `vscode`.

export function escapeHtml(value: unknown): string {
  const s = value === undefined || value === null ? '' : String(value);
  return s.replace(/[&<>"'`]/g, (ch) => {
    switch (ch) {
      case '&':
        return '&amp;';
      case '<':
        return '&lt;';
      case '>':
        return '&gt;';
      case '"':
        return '&quot;';
      case "'":
        return '&#39;';
      default:
        return '&#96;';
    }
  });
}

export interface Finding {
  safeguardId: string;
  title: string;
  outcome: string;
  severity: string;
  citations: string[];
  explanation: string;
}

export interface EvaluateResponse {
  findings: Finding[];
}

/** Accepts whatever the server sent and returns a well-formed response (missing fields become empty). */
export function normalizeEvaluateResponse(raw: unknown): EvaluateResponse {
  const obj = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const list = Array.isArray(obj.findings) ? obj.findings : [];
  const str = (v: unknown) => (v === undefined || v === null ? '' : String(v));
  return {
    findings: list.map((f) => {
      const o = f && typeof f === 'object' ? (f as Record<string, unknown>) : {};
      return {
        safeguardId: str(o.safeguardId),
        title: str(o.title),
        outcome: str(o.outcome),
        severity: str(o.severity),
        citations: Array.isArray(o.citations) ? o.citations.map(str) : o.citations ? [str(o.citations)] : [],
        explanation: str(o.explanation),
      };
    }),
  };
}

const OUTCOME_CLASS: Record<string, string> = {
  satisfied: 'ok',
  violated: 'bad',
  pending: 'pending',
  indeterminate: 'unsure',
  'insufficient-data': 'unsure',
  'not-applicable': 'na',
};

/** Turns an outcome name into a CSS class (only known names; never echoes input into the class attribute). */
export function outcomeClass(outcome: string): string {
  const key = outcome.trim().toLowerCase().replace(/[\s_]+/g, '-');
  return OUTCOME_CLASS[key] ?? 'other';
}

export interface RenderOptions {
  /** webview.cspSource (for style sources); only used in the CSP header. */
  cspSource: string;
  packName: string;
  caseName: string;
  asOf?: string;
}

/** Multi-line text: escaped, newlines become <br>. */
function multiline(s: string): string {
  return escapeHtml(s).replace(/\r?\n/g, '<br>');
}

export function renderFindingsHtml(response: EvaluateResponse, opts: RenderOptions): string {
  const rows = response.findings
    .map(
      (f) => `<tr>
  <td class="id">${escapeHtml(f.safeguardId)}</td>
  <td>${escapeHtml(f.title)}</td>
  <td><span class="outcome ${outcomeClass(f.outcome)}">${escapeHtml(f.outcome)}</span></td>
  <td>${escapeHtml(f.severity)}</td>
  <td>${f.citations.map((c) => `<div>${escapeHtml(c)}</div>`).join('')}</td>
  <td>${multiline(f.explanation)}</td>
</tr>`,
    )
    .join('\n');
  const counts = new Map<string, number>();
  for (const f of response.findings) counts.set(f.outcome, (counts.get(f.outcome) ?? 0) + 1);
  const summary = [...counts.entries()].map(([k, n]) => `${n} ${escapeHtml(k)}`).join(', ');
  const body = response.findings.length
    ? `<table>
<thead><tr><th>Safeguard</th><th>Title</th><th>Outcome</th><th>Severity</th><th>Citations</th><th>Explanation</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`
    : '<p class="empty">The server returned no findings for this case.</p>';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${escapeHtml(opts.cspSource)} 'unsafe-inline';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Safeguards: ${escapeHtml(opts.caseName)}</title>
<style>
  body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); padding: 0 1em; }
  table { border-collapse: collapse; width: 100%; }
  th, td { text-align: left; vertical-align: top; padding: 4px 8px; border-bottom: 1px solid var(--vscode-panel-border, #8884); }
  th { position: sticky; top: 0; background: var(--vscode-editor-background); }
  td.id { font-family: var(--vscode-editor-font-family); white-space: nowrap; }
  .outcome { padding: 1px 6px; border-radius: 3px; white-space: nowrap; }
  .ok { color: var(--vscode-testing-iconPassed, green); }
  .bad { color: var(--vscode-testing-iconFailed, red); font-weight: bold; }
  .pending { color: var(--vscode-testing-iconQueued, orange); }
  .unsure { color: var(--vscode-editorWarning-foreground, orange); }
  .na, .other { color: var(--vscode-descriptionForeground, gray); }
  .meta { color: var(--vscode-descriptionForeground); }
</style>
</head>
<body>
<h2>Case ${escapeHtml(opts.caseName)}</h2>
<p class="meta">Pack: ${escapeHtml(opts.packName)}${opts.asOf ? ` &middot; as of ${escapeHtml(opts.asOf)}` : ''}${summary ? ` &middot; ${summary}` : ''}</p>
${body}
</body>
</html>`;
}
