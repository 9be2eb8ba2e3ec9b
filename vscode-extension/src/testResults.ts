// Parses the JSON printed by `safeguards test --format json` and maps it to the fixtures that were run.
// Pure module: must not import `vscode`.

import * as path from 'path';

export interface FixtureFailure {
  safeguard: string;
  asOf: string;
  expected: string;
  actual: string;
  evidence: string;
}

export interface FixtureResult {
  /** The fixtures file, as printed (the CLI prints absolute paths; relative ones are resolved against the run's folder). */
  file: string;
  /** 1-based line of the fixture in its file, when the CLI gives it. */
  line?: number;
  name: string;
  passed: boolean;
  failures: FixtureFailure[];
}

/** A fixtures file (or a fixture in it) the CLI could not read, e.g. invalid JSON. */
export interface FixtureFileError {
  file: string;
  /** 1-based line, when known. */
  line?: number;
  message: string;
}

export interface TestOutput {
  fixtures: FixtureResult[];
  errors: FixtureFileError[];
  passed: number;
  failed: number;
}

const str = (v: unknown) => (v === undefined || v === null ? '' : String(v));

/**
 * Parses the output. Tolerates text before or after the JSON document (e.g. a build or runtime
 * warning on stdout). Throws an Error with a readable message when no valid document is found.
 */
export function parseTestOutput(stdout: string): TestOutput {
  const text = stdout.trim();
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    const first = text.indexOf('{');
    const last = text.lastIndexOf('}');
    if (first < 0 || last <= first) throw new Error('the output of `safeguards test` is not JSON');
    try {
      raw = JSON.parse(text.slice(first, last + 1));
    } catch (e) {
      throw new Error(`the output of \`safeguards test\` is not valid JSON: ${(e as Error).message}`);
    }
  }
  if (!raw || typeof raw !== 'object' || !Array.isArray((raw as { fixtures?: unknown }).fixtures)) {
    throw new Error('the output of `safeguards test` has no "fixtures" array');
  }
  const o = raw as { fixtures: unknown[]; errors?: unknown; passed?: unknown; failed?: unknown };
  const line = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : undefined);
  const fixtures: FixtureResult[] = o.fixtures.map((f) => {
    const r = (f && typeof f === 'object' ? f : {}) as Record<string, unknown>;
    const failures = Array.isArray(r.failures) ? r.failures : [];
    return {
      file: str(r.file),
      line: line(r.line),
      name: str(r.name),
      passed: r.passed === true,
      failures: failures.map((x) => {
        const g = (x && typeof x === 'object' ? x : {}) as Record<string, unknown>;
        return {
          safeguard: str(g.safeguard),
          asOf: str(g.asOf),
          expected: str(g.expected),
          actual: str(g.actual),
          evidence: str(g.evidence),
        };
      }),
    };
  });
  const errors: FixtureFileError[] = (Array.isArray(o.errors) ? o.errors : []).map((x) => {
    const e = (x && typeof x === 'object' ? x : {}) as Record<string, unknown>;
    return { file: str(e.file), line: line(e.line), message: str(e.message) };
  });
  return {
    fixtures,
    errors,
    passed: typeof o.passed === 'number' ? o.passed : fixtures.filter((f) => f.passed).length,
    failed: typeof o.failed === 'number' ? o.failed : fixtures.filter((f) => !f.passed).length,
  };
}

/** A fixture the extension asked to run. */
export interface FixtureRequest {
  /** Caller's key (the test item id). */
  key: string;
  /** Absolute path of the fixtures file. */
  file: string;
  name: string;
}

export interface FailureMessage {
  /** One-line summary, e.g. `DET-REG-3H as of 2015-03-01T00:00:00+06:00: expected satisfied, got violated`. */
  message: string;
  expected: string;
  actual: string;
  safeguard: string;
  asOf: string;
  evidence: string;
}

export type MappedResult =
  | { key: string; state: 'passed' }
  | { key: string; state: 'failed'; failures: FailureMessage[] }
  | { key: string; state: 'errored'; message: string };

function normalize(p: string): string {
  const n = path.normalize(p);
  return process.platform === 'win32' ? n.toLowerCase() : n;
}

export function describeFailure(f: FixtureFailure): FailureMessage {
  const who = f.safeguard || '(no safeguard)';
  const when = f.asOf ? ` as of ${f.asOf}` : '';
  let message = `${who}${when}: expected ${f.expected || '?'}, got ${f.actual || '?'}`;
  if (f.evidence) message += `\n${f.evidence}`;
  return { message, expected: f.expected, actual: f.actual, safeguard: f.safeguard, asOf: f.asOf, evidence: f.evidence };
}

/**
 * Maps the output to the requested fixtures.
 * @param baseDir the folder the CLI ran in; relative `file` values are resolved against it.
 * A result matches a request when the names are equal and the files are the same path; when the
 * output's file does not match any requested file (e.g. the CLI prints only a file name), the name and
 * the file's base name are used. Requested fixtures without a result are `errored`.
 */
export function mapTestResults(output: TestOutput, requests: readonly FixtureRequest[], baseDir: string): MappedResult[] {
  const byFileAndName = new Map<string, FixtureResult[]>();
  const byBaseAndName = new Map<string, FixtureResult[]>();
  const add = (map: Map<string, FixtureResult[]>, k: string, r: FixtureResult) => {
    const list = map.get(k);
    if (list) list.push(r);
    else map.set(k, [r]);
  };
  for (const r of output.fixtures) {
    const abs = r.file ? normalize(path.resolve(baseDir, r.file)) : '';
    add(byFileAndName, `${abs}\u0000${r.name}`, r);
    add(byBaseAndName, `${path.basename(r.file)}\u0000${r.name}`, r);
  }
  const used = new Set<FixtureResult>();
  return requests.map((req): MappedResult => {
    const exact = byFileAndName.get(`${normalize(req.file)}\u0000${req.name}`) ?? [];
    const loose = byBaseAndName.get(`${path.basename(req.file)}\u0000${req.name}`) ?? [];
    // Repeated names in one file: hand out results in order.
    const result = exact.find((r) => !used.has(r)) ?? loose.find((r) => !used.has(r)) ?? exact[0] ?? loose[0];
    if (!result) {
      // The CLI could not read the fixture (or its file): say why when it told us.
      const why = output.errors
        .filter((e) => !e.file || normalize(path.resolve(baseDir, e.file)) === normalize(req.file) || path.basename(e.file) === path.basename(req.file))
        .map((e) => `${path.basename(e.file || req.file)}${e.line ? `(${e.line})` : ''}: ${e.message}`);
      return {
        key: req.key,
        state: 'errored',
        message: why.length
          ? `The fixture "${req.name}" was not run: ${why.join('\n')}`
          : `No result for fixture "${req.name}" in the output of \`safeguards test\`.`,
      };
    }
    used.add(result);
    if (result.passed) return { key: req.key, state: 'passed' };
    const failures = result.failures.map(describeFailure);
    if (failures.length === 0) {
      failures.push({
        message: 'The fixture failed (the output gives no details).',
        expected: '',
        actual: '',
        safeguard: '',
        asOf: '',
        evidence: '',
      });
    }
    return { key: req.key, state: 'failed', failures };
  });
}
