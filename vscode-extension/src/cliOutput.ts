// Parses the diagnostics printed by `safeguards check`.
// Pure module: must not import `vscode` (it is unit-tested with node's test runner).

import * as path from 'path';

export type CliSeverity = 'error' | 'warning' | 'info';

export interface CliDiagnostic {
  /** Absolute path of the file (resolved against the folder the CLI ran in). */
  file: string;
  /** 0-based line. */
  line: number;
  /** 0-based column. */
  column: number;
  /** 0-based end line and column, when the CLI prints a range `(l,c,el,ec)`. */
  endLine?: number;
  endColumn?: number;
  severity: CliSeverity;
  code: string;
  message: string;
  /** Related locations, printed by the CLI on indented lines after the diagnostic. */
  related?: CliRelated[];
}

export interface CliRelated {
  /** Absolute path. */
  file: string;
  /** 0-based line and column. */
  line: number;
  column: number;
  message: string;
}

// file(line,col): error SG1234: message
// file(line,col,endLine,endCol): warning SG5001: message      (MSBuild style range, also accepted)
const LINE =
  /^\s*(.+?)\((\d+),(\d+)(?:,(\d+),(\d+))?\)\s*:\s*(error|warning|info|information|hint)\s+(SG\d{4})\s*:\s*(.*?)\s*$/i;

// Related location, on an indented line after its diagnostic:
//     file(line,col): first declared here
const RELATED = /^\s+(.+?)\((\d+),(\d+)\)\s*:\s*(.*?)\s*$/;

function severityOf(word: string): CliSeverity {
  const w = word.toLowerCase();
  if (w === 'error') return 'error';
  if (w === 'warning') return 'warning';
  return 'info';
}

/** Parses one line; returns undefined for lines that are not diagnostics. */
export function parseCliLine(line: string, baseDir: string): CliDiagnostic | undefined {
  const m = LINE.exec(line);
  if (!m) return undefined;
  const [, file, l, c, el, ec, sev, code, message] = m;
  const toZero = (s: string) => Math.max(0, parseInt(s, 10) - 1);
  const d: CliDiagnostic = {
    file: path.resolve(baseDir, file.trim()),
    line: toZero(l),
    column: toZero(c),
    severity: severityOf(sev),
    code: code.toUpperCase(),
    message,
  };
  if (el !== undefined && ec !== undefined) {
    d.endLine = toZero(el);
    d.endColumn = toZero(ec);
  }
  return d;
}

/** Parses an indented related-location line; undefined for anything else. */
export function parseRelatedLine(line: string, baseDir: string): CliRelated | undefined {
  const m = RELATED.exec(line);
  if (!m) return undefined;
  const [, file, l, c, message] = m;
  return {
    file: path.resolve(baseDir, file.trim()),
    line: Math.max(0, parseInt(l, 10) - 1),
    column: Math.max(0, parseInt(c, 10) - 1),
    message,
  };
}

/**
 * Parses the whole output of `safeguards check` (stdout and stderr may be concatenated). Paths are
 * relative to `baseDir` (the folder the CLI ran in) unless absolute. Indented `file(line,col): text`
 * lines right after a diagnostic are its related locations.
 */
export function parseCliOutput(output: string, baseDir: string): CliDiagnostic[] {
  const result: CliDiagnostic[] = [];
  let last: CliDiagnostic | undefined;
  for (const line of output.split(/\r?\n/)) {
    const d = parseCliLine(line, baseDir);
    if (d) {
      result.push(d);
      last = d;
      continue;
    }
    const r = last ? parseRelatedLine(line, baseDir) : undefined;
    if (r && last) (last.related ??= []).push(r);
    else last = undefined;
  }
  return result;
}

/** Groups diagnostics by file, keeping the order in which files first appear. */
export function groupByFile(diagnostics: readonly CliDiagnostic[]): Map<string, CliDiagnostic[]> {
  const map = new Map<string, CliDiagnostic[]>();
  for (const d of diagnostics) {
    const list = map.get(d.file);
    if (list) list.push(d);
    else map.set(d.file, [d]);
  }
  return map;
}
