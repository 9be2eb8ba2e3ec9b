// Finds the fixtures in a `*.fixtures.json` file and where their `"name"` is, for the Test Explorer.
// A small tolerant JSON scanner that keeps positions: a file being edited may be invalid, and the
// fixtures found before the error are still reported.
// Pure module: must not import `vscode`.

export interface Position {
  /** 0-based line. */
  line: number;
  /** 0-based column in UTF-16 code units (as VS Code counts). */
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface FixtureLocation {
  name: string;
  /** Index in the `fixtures` array. */
  index: number;
  /** From the `"name"` key to the end of its value: where "go to test" lands. */
  range: Range;
}

export interface FixtureFile {
  pack?: string;
  fixtures: FixtureLocation[];
  /** Set when the file is not valid JSON (the fixtures before the error are still listed). */
  error?: string;
}

class ScanError extends Error {}

type Value =
  | { kind: 'object'; start: number; end: number; members: { key: string; keyStart: number; value: Value }[] }
  | { kind: 'array'; start: number; end: number; items: Value[] }
  | { kind: 'string'; start: number; end: number; value: string }
  | { kind: 'other'; start: number; end: number };

class Scanner {
  pos = 0;
  /** Called as soon as a fixture's name is known, so that partial results survive an error. */
  constructor(
    private readonly text: string,
    private readonly onFixtureName: (index: number, keyStart: number, value: Value) => void,
  ) {}

  fail(what: string): never {
    throw new ScanError(`${what} at offset ${this.pos}`);
  }

  ws(): void {
    const t = this.text;
    while (this.pos < t.length) {
      const c = t.charCodeAt(this.pos);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xfeff) this.pos++;
      else break;
    }
  }

  value(depth: number, path: string): Value {
    this.ws();
    const c = this.text[this.pos];
    if (c === '{') return this.object(depth, path);
    if (c === '[') return this.array(depth, path);
    if (c === '"') return this.string();
    const start = this.pos;
    const m = /^(?:true|false|null|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(this.text.slice(this.pos, this.pos + 64));
    if (!m) this.fail('unexpected character');
    this.pos += m[0].length;
    return { kind: 'other', start, end: this.pos };
  }

  string(): Value & { kind: 'string' } {
    const start = this.pos;
    this.pos++; // opening quote
    let out = '';
    const t = this.text;
    while (this.pos < t.length) {
      const ch = t[this.pos];
      if (ch === '"') {
        this.pos++;
        return { kind: 'string', start, end: this.pos, value: out };
      }
      if (ch === '\n') this.fail('unterminated string');
      if (ch === '\\') {
        const e = t[this.pos + 1];
        this.pos += 2;
        switch (e) {
          case 'n': out += '\n'; break;
          case 't': out += '\t'; break;
          case 'r': out += '\r'; break;
          case 'b': out += '\b'; break;
          case 'f': out += '\f'; break;
          case 'u': {
            const hex = t.slice(this.pos, this.pos + 4);
            if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail('bad unicode escape');
            out += String.fromCharCode(parseInt(hex, 16));
            this.pos += 4;
            break;
          }
          case undefined: this.fail('unterminated string'); break;
          default: out += e;
        }
        continue;
      }
      out += ch;
      this.pos++;
    }
    return this.fail('unterminated string');
  }

  object(depth: number, path: string): Value {
    const start = this.pos;
    this.pos++;
    const members: { key: string; keyStart: number; value: Value }[] = [];
    this.ws();
    if (this.text[this.pos] === '}') {
      this.pos++;
      return { kind: 'object', start, end: this.pos, members };
    }
    for (;;) {
      this.ws();
      if (this.text[this.pos] !== '"') this.fail('expected a property name');
      const keyStart = this.pos;
      const key = this.string().value;
      this.ws();
      if (this.text[this.pos] !== ':') this.fail("expected ':'");
      this.pos++;
      const value = this.value(depth + 1, `${path}.${key}`);
      members.push({ key, keyStart, value });
      // path "$.fixtures[i]" identifies a fixture object; report its name as soon as it is read.
      const fm = /^\$\.fixtures\[(\d+)\]$/.exec(path);
      if (fm && key === 'name') this.onFixtureName(Number(fm[1]), keyStart, value);
      this.ws();
      const c = this.text[this.pos];
      if (c === ',') {
        this.pos++;
        continue;
      }
      if (c === '}') {
        this.pos++;
        return { kind: 'object', start, end: this.pos, members };
      }
      this.fail("expected ',' or '}'");
    }
  }

  array(depth: number, path: string): Value {
    const start = this.pos;
    this.pos++;
    const items: Value[] = [];
    this.ws();
    if (this.text[this.pos] === ']') {
      this.pos++;
      return { kind: 'array', start, end: this.pos, items };
    }
    for (;;) {
      items.push(this.value(depth + 1, `${path}[${items.length}]`));
      this.ws();
      const c = this.text[this.pos];
      if (c === ',') {
        this.pos++;
        continue;
      }
      if (c === ']') {
        this.pos++;
        return { kind: 'array', start, end: this.pos, items };
      }
      this.fail("expected ',' or ']'");
    }
  }
}

/** Converts UTF-16 offsets to line/character positions. */
export class LineMap {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0x0a) this.starts.push(i + 1);
  }
  position(offset: number): Position {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - this.starts[lo] };
  }
}

export function findFixtures(text: string): FixtureFile {
  const lines = new LineMap(text);
  const found = new Map<number, FixtureLocation>();
  let pack: string | undefined;
  const scanner = new Scanner(text, (index, keyStart, value) => {
    if (value.kind !== 'string' || found.has(index)) return;
    found.set(index, {
      name: value.value,
      index,
      range: { start: lines.position(keyStart), end: lines.position(value.end) },
    });
  });
  const result: FixtureFile = { fixtures: [] };
  try {
    const root = scanner.value(0, '$');
    scanner.ws();
    if (scanner.pos < text.length) scanner.fail('unexpected text after the end');
    if (root.kind === 'object') {
      const p = root.members.find((m) => m.key === 'pack');
      if (p && p.value.kind === 'string') pack = p.value.value;
    } else {
      result.error = 'the file is not a JSON object';
    }
  } catch (e) {
    if (!(e instanceof ScanError)) throw e;
    result.error = e.message;
  }
  if (pack !== undefined) result.pack = pack;
  result.fixtures = [...found.values()].sort((a, b) => a.index - b.index);
  return result;
}

/** Test item ids for the fixtures of one file: the name, made unique with `#2`, `#3`… for repeated names. */
export function fixtureIds(fixtures: readonly FixtureLocation[]): string[] {
  const seen = new Map<string, number>();
  return fixtures.map((f) => {
    const n = (seen.get(f.name) ?? 0) + 1;
    seen.set(f.name, n);
    return n === 1 ? f.name : `${f.name}#${n}`;
  });
}
