/**
 * A fast reader for the plain YAML the sources are written in: block mappings and
 * sequences, one-line plain and quoted scalars, `>`/`|` block scalars, one-line flow lists of
 * scalars. It answers null for anything else (anchors, tags, multi-line plain scalars, tabs,
 * duplicate keys, syntax errors, …) and the caller then asks the full YAML library, which
 * is some twenty times slower. Where it answers, it gives the library's value and lines:
 * simple-yaml.test.ts checks that against the library on random documents.
 */

/** Where each value stands: its line, and those of its children. */
export type LineTree =
  | { line: number; keys: Map<string, LineTree> }
  | { line: number; items: LineTree[] }
  | { line: number };

export interface SimpleYaml {
  value: unknown;
  lines: LineTree;
}

/** Thrown inside the parser when the text leaves the simple subset; never escapes it. */
class NotSimple extends Error {}
const notSimple = (): never => {
  throw new NotSimple();
};

interface Line {
  /** 1-based line number in the text. */
  no: number;
  indent: number;
  /** The line after its indentation. */
  content: string;
}

// Characters the library treats specially or rejects: tabs, CR, BOM, other controls, NEL,
// line and paragraph separators, non-characters, and (to keep the check simple) surrogates.
const UNSIMPLE_CHARS =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]/;
/**
 * Length of the key of a `key:` line (`key: value`, or `key:` alone), or -1 for any other line.
 * A key is `[A-Za-z_][A-Za-z0-9_-]*`. Scanned by hand: a regular expression's match array for
 * every line of tens of thousands of files is most of what the reader would allocate.
 */
function keyLength(content: string): number {
  const first = content.charCodeAt(0);
  if (!(isLetter(first) || first === 0x5f)) return -1; // _
  let i = 1;
  for (let c = content.charCodeAt(i); isLetter(c) || isDigit(c) || c === 0x5f || c === 0x2d;) {
    c = content.charCodeAt(++i);
  }
  if (content.charCodeAt(i) !== 0x3a) return -1; // :
  return i + 1 === content.length || content.charCodeAt(i + 1) === 0x20 ? i : -1;
}
const isLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
/** Where the value of a `key:` line starts: after the colon and the spaces that follow it. */
function valueStart(content: string, keyLength: number): number {
  let i = keyLength + 1;
  while (content.charCodeAt(i) === 0x20) i++;
  return i;
}
/** Characters a plain scalar may not start with (YAML's indicators, and space). */
const INDICATORS = new Set('-?:,[]{}#&*!|>\'"%@` ');
/** How deep the reader goes; the library's callers refuse deeper files anyway. */
const MAX_DEPTH = 64;
/** The core schema's numbers (int, octal, hex, float, infinities, NaN), as the library reads them. */
const CORE_NUMBER =
  /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
/** Keys the library would read as null or a boolean. */
const NON_STRING_KEY = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;

export function parseSimpleYaml(text: string): SimpleYaml | null {
  return read(text, true);
}

/**
 * The value alone, as parseSimpleYaml gives it, without the lines: quicker, for the many files
 * whose lines are never asked for (they are only needed to report a problem).
 */
export function readSimpleYaml(text: string): { value: unknown } | null {
  const simple = read(text, false);
  return simple && { value: simple.value };
}

function read(text: string, withLines: boolean): SimpleYaml | null {
  if (UNSIMPLE_CHARS.test(text)) return null;
  const reader = new Reader(text, withLines);
  // Document markers and directives: the library's business.
  if (reader.lines.some((l) => l.indent === 0 && isMarker(l.content))) return null;
  try {
    if (!reader.next()) return null;
    const result = reader.node(0);
    return reader.next() === null ? result : null;
  } catch (error) {
    if (error instanceof NotSimple) return null;
    throw error;
  }
}

type Parsed = { value: unknown; lines: LineTree };

/** What the reader gives as lines when it is not keeping them. */
const NO_LINES: LineTree = { line: 0 };

/** `---`, `...` or a `%` directive (looked at by its first character first: most lines are keys). */
const isMarker = (content: string) => {
  const c = content.charCodeAt(0);
  return (c === 0x2d || c === 0x2e || c === 0x25) && /^(?:---|\.\.\.|%)/.test(content);
};
const isBlank = (l: Line) => l.content === '' || l.content.charCodeAt(0) === 0x23; /* # */
const isDash = (content: string) =>
  content.charCodeAt(0) === 0x2d && (content.length === 1 || content.charCodeAt(1) === 0x20);

/** A recursive descent over lines; methods, not closures, so that nothing is made per file. */
class Reader {
  readonly raw: string[];
  readonly lines: Line[];
  readonly withLines: boolean;
  at = 0;
  depth = 0;

  constructor(text: string, withLines: boolean) {
    this.withLines = withLines;
    this.raw = text.split('\n');
    this.lines = this.raw.map((content, i) => {
      let indent = 0;
      while (content.charCodeAt(indent) === 0x20) indent++;
      return { no: i + 1, indent, content: indent === 0 ? content : content.slice(indent) };
    });
  }

  next(): Line | null {
    while (this.at < this.lines.length && isBlank(this.lines[this.at]!)) this.at++;
    return this.lines[this.at] ?? null;
  }

  node(minIndent: number): Parsed {
    const first = this.next();
    if (!first || first.indent < minIndent || ++this.depth > MAX_DEPTH) return notSimple();
    const result = isDash(first.content)
      ? this.sequence(first.indent)
      : keyLength(first.content) >= 0
        ? this.mapping(first.indent)
        : notSimple();
    this.depth--;
    return result;
  }

  mapping(indent: number): Parsed {
    const value: Record<string, unknown> = {};
    const keys = this.withLines ? new Map<string, LineTree>() : null;
    const line = this.next()!.no;
    for (let l = this.next(); l && l.indent >= indent; l = this.next()) {
      if (l.indent > indent) return notSimple();
      // Not a key: a sequence at a key's own indentation belongs to the key before it.
      const length = keyLength(l.content);
      if (length < 0) return notSimple();
      const key = l.content.slice(0, length);
      if (key === '__proto__' || Object.hasOwn(value, key) || NON_STRING_KEY.test(key)) {
        return notSimple();
      }
      const rest = l.content.slice(valueStart(l.content, length));
      this.at++;
      const child = rest === '' ? this.nested(indent) : this.inline(rest, l, indent);
      value[key] = child.value;
      keys?.set(key, child.lines);
    }
    return { value, lines: keys ? { line, keys } : NO_LINES };
  }

  /** The value of `key:` with nothing after it: the block below it. */
  nested(indent: number): Parsed {
    const l = this.next();
    if (l && l.indent === indent && isDash(l.content)) return this.sequence(indent);
    if (l && l.indent > indent) return this.node(indent + 1);
    return notSimple(); // an empty value: null, placed where only the library knows
  }

  sequence(indent: number): Parsed {
    const value: unknown[] = [];
    const items: LineTree[] | null = this.withLines ? [] : null;
    const line = this.next()!.no;
    for (let l = this.next(); l && l.indent === indent && isDash(l.content); l = this.next()) {
      const rest = l.content.slice(1).trimStart();
      if (rest === '' || isDash(rest)) return notSimple();
      let item: Parsed;
      if (keyLength(rest) >= 0) {
        // `- key: value`: a mapping whose keys stand at the column of the first one.
        const column = indent + (l.content.length - rest.length);
        this.lines[this.at] = { no: l.no, indent: column, content: rest };
        item = this.mapping(column);
      } else {
        this.at++;
        item = this.inline(rest, l, indent);
      }
      value.push(item.value);
      items?.push(item.lines);
    }
    const after = this.next();
    if (after && after.indent > indent) return notSimple();
    return { value, lines: items ? { line, items } : NO_LINES };
  }

  /** A value written after `key: ` or `- ` on line `l`, which must be alone on it. */
  inline(rest: string, l: Line, parentIndent: number): Parsed {
    const first = rest.charCodeAt(0);
    if (first === 0x3e || first === 0x7c) return this.blockScalar(rest, l, parentIndent); // > |
    const value = first === 0x5b ? flowList(rest.trimEnd()) : scalar(rest.trimEnd());
    // Nothing may continue it on the next lines (a multi-line plain scalar, say).
    const following = this.next();
    if (following && following.indent > parentIndent) return notSimple();
    if (!this.withLines)
      return { value: value instanceof FlowList ? value.items : value, lines: NO_LINES };
    return value instanceof FlowList
      ? {
          value: value.items,
          lines: { line: l.no, items: value.items.map(() => ({ line: l.no })) },
        }
      : { value, lines: { line: l.no } };
  }

  blockScalar(header: string, l: Line, parentIndent: number): Parsed {
    // `>` or `|`, and `-` to strip the final line break; no indentation indicator.
    if (!/^[>|]-?$/.test(header)) return notSimple();
    const [folded, strip] = [header[0] === '>', header.length === 2];
    const body: string[] = [];
    let blockIndent = -1;
    for (; this.at < this.lines.length; this.at++) {
      const rawLine = this.raw[this.at]!;
      const line = this.lines[this.at]!;
      if (line.content === '') {
        if (blockIndent < 0 || rawLine.length > blockIndent) {
          return notSimple(); // leading blank lines, or whitespace as content
        }
        body.push('');
        continue;
      }
      if (line.indent <= parentIndent) break;
      if (blockIndent < 0) blockIndent = line.indent;
      if (line.indent !== blockIndent || /\s/.test(rawLine.charAt(rawLine.length - 1))) {
        return notSimple(); // whitespace at the end of a line
      }
      body.push(line.content);
    }
    while (body.at(-1) === '') body.pop();
    if (body.length === 0) return notSimple();
    let value: string;
    if (!folded) value = body.join('\n');
    else {
      value = '';
      let blanks = 0;
      for (const part of body) {
        if (part === '') blanks++;
        else {
          if (value !== '') value += blanks > 0 ? '\n'.repeat(blanks) : ' ';
          value += part;
          blanks = 0;
        }
      }
    }
    if (!strip) value += '\n';
    return { value, lines: this.withLines ? { line: l.no } : NO_LINES };
  }
}

class FlowList {
  constructor(readonly items: unknown[]) {}
}

/** `[a, "b", 'c']` on one line, of scalars only. */
function flowList(text: string): FlowList {
  if (!text.endsWith(']')) return notSimple();
  const inner = text.slice(1, -1);
  const items: unknown[] = [];
  if (inner.trim() === '') return new FlowList(items);
  let i = 0;
  while (i <= inner.length) {
    while (inner[i] === ' ') i++;
    let end: number;
    if (inner[i] === '"' || inner[i] === "'") {
      end = closingQuote(inner, i);
      items.push(scalar(inner.slice(i, end + 1)));
      i = end + 1;
      while (inner[i] === ' ') i++;
    } else {
      end = inner.indexOf(',', i);
      if (end === -1) end = inner.length;
      const plain = inner.slice(i, end).trimEnd();
      if (plain === '' || /[[\]{}]/.test(plain)) return notSimple();
      items.push(scalar(plain));
      i = end;
    }
    if (i >= inner.length) break;
    if (inner[i] !== ',') return notSimple();
    i++;
    if (inner.slice(i).trim() === '') return notSimple(); // a trailing comma
  }
  return new FlowList(items);
}

function closingQuote(text: string, from: number): number {
  const quote = text[from];
  for (let i = from + 1; i < text.length; i++) {
    if (quote === '"' && text[i] === '\\') i++;
    else if (text[i] === quote) {
      if (quote === "'" && text[i + 1] === "'") i++;
      else return i;
    }
  }
  return notSimple();
}

function scalar(text: string): unknown {
  if (text.startsWith('"')) {
    if (closingQuote(text, 0) !== text.length - 1) return notSimple();
    // JSON's escapes are YAML's too; YAML's others (\x, \e, \N, …) fail here and go to the library.
    try {
      return JSON.parse(text) as string;
    } catch {
      return notSimple();
    }
  }
  if (text.startsWith("'")) {
    if (closingQuote(text, 0) !== text.length - 1) return notSimple();
    return text.slice(1, -1).replace(/''/g, "'");
  }
  // A plain scalar may not start with an indicator, nor hold `: ` or ` #`, nor end with `:`.
  if (
    text === '' ||
    INDICATORS.has(text[0]!) ||
    text.includes(': ') ||
    text.includes(' #') ||
    text.endsWith(':')
  ) {
    return notSimple();
  }
  if (text.length <= 5) {
    if (/^(?:null|Null|NULL|~)$/.test(text)) return null;
    if (/^(?:true|True|TRUE)$/.test(text)) return true;
    if (/^(?:false|False|FALSE)$/.test(text)) return false;
  }
  const first = text.charCodeAt(0);
  // Only what starts like a number can be one.
  if ((first >= 0x30 && first <= 0x39) || first === 0x2b || first === 0x2e) {
    if (/^(?:0|[1-9][0-9]{0,14})$/.test(text)) return Number(text);
    if (CORE_NUMBER.test(text)) return notSimple();
  }
  return text;
}

/** The line of the value at `path`, or of its nearest existing ancestor (as the library says). */
export function lineIn(tree: LineTree, path: readonly PropertyKey[]): number {
  let node = tree;
  for (const key of path) {
    let child: LineTree | undefined;
    if ('keys' in node) child = typeof key === 'string' ? node.keys.get(key) : undefined;
    else if ('items' in node) {
      const index = typeof key === 'string' ? Number(key) : key;
      child = typeof index === 'number' && Number.isInteger(index) ? node.items[index] : undefined;
    }
    if (!child) break;
    node = child;
  }
  return node.line;
}
