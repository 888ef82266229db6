import { isNode, LineCounter, parseDocument } from 'yaml';
import { problem, type Problem } from './problems.ts';
import { lineIn, parseSimpleYaml, readSimpleYaml, type LineTree } from './simple-yaml.ts';

/** A parsed YAML text that can say on which line any value of it stands. */
export interface YamlSource {
  value: unknown;
  /** Line of the value at `path`, or of its nearest existing ancestor. */
  lineOf(path: readonly PropertyKey[]): number | null;
}

/**
 * Parses YAML, reporting every syntax error with its line. `firstLine` is the
 * line of the file the text starts on (front matter starts on line 2).
 */
export function parseYamlSource(
  text: string,
  file: string,
  firstLine = 1,
): { source: YamlSource; problems: [] } | { source: null; problems: Problem[] } {
  // Most source files are plain YAML that a small reader takes in a fraction of the time.
  // Lines are wanted only for problems, in few files: they are found again when asked for.
  const simple = readSimpleYaml(text);
  if (simple) {
    let lines: LineTree | undefined;
    const lineOf = (path: readonly PropertyKey[]) => {
      lines ??= parseSimpleYaml(text)!.lines;
      return lineIn(lines, path) + firstLine - 1;
    };
    return { source: { value: simple.value, lineOf }, problems: [] };
  }
  const deep = tooDeep(text);
  if (deep) {
    return {
      source: null,
      problems: [
        problem({
          file,
          line: deep.line + firstLine - 1,
          message: `malformed YAML: nested more than ${MAX_NESTING} levels deep (brackets, braces and indentation each count)`,
        }),
      ],
    };
  }
  const lineCounter = new LineCounter();
  const toFileLine = (offset: number): number => lineCounter.linePos(offset).line + firstLine - 1;
  let doc: ReturnType<typeof parseDocument>;
  let value: unknown;
  try {
    // logLevel 'error': the library's warnings would go to the console, not to a located problem.
    doc = parseDocument(text, {
      lineCounter,
      prettyErrors: true,
      uniqueKeys: true,
      logLevel: 'error',
    });
    value = doc.errors.length > 0 ? null : doc.toJS();
  } catch (error) {
    // The library throws on a few inputs instead of reporting them (nesting deep enough to
    // exhaust the stack, an alias bomb); they are malformed sources all the same.
    return {
      source: null,
      problems: [
        problem({
          file,
          line: firstLine,
          message: `malformed YAML: ${error instanceof Error ? error.message : String(error)}`,
        }),
      ],
    };
  }
  if (doc.errors.length > 0) {
    return {
      source: null,
      problems: doc.errors.map((error) =>
        problem({
          file,
          line: toFileLine(error.pos[0]),
          message: `malformed YAML: ${firstLineOf(error.message)}`,
        }),
      ),
    };
  }
  const source: YamlSource = {
    value,
    lineOf(path) {
      for (let depth = path.length; depth >= 0; depth--) {
        const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
        if (isNode(node) && node.range) return toFileLine(node.range[0]);
      }
      return null;
    },
  };
  return { source, problems: [] };
}

/**
 * Nesting the sources never need. The YAML library recurses once per level and runs out
 * of stack on a few thousand; near the stack's end V8 can even abort the process, which
 * no catch sees. So deep inputs are refused before parsing, by an estimate that may count
 * too many levels (a bracket inside a quoted string) but never too few.
 */
export const MAX_NESTING = 64;

export function tooDeep(text: string): { line: number } | null {
  let flow = 0;
  let line = 1;
  let lineStart = 0;
  const indents: number[] = [];
  for (let i = 0; i <= text.length; i++) {
    const ch = text.charCodeAt(i);
    if (i === lineStart) {
      // Block nesting: the indentations still open, plus `- ` `? ` `: ` opening the line.
      let j = i;
      while (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09) j++;
      const indent = j - i;
      const blank = j >= text.length || text[j] === '\n' || text[j] === '\r' || text[j] === '#';
      if (!blank) {
        while (indents.length > 0 && indents[indents.length - 1]! >= indent) indents.pop();
        indents.push(indent);
        let compact = 0;
        while (/[-?:]/.test(text[j] ?? '') && /[ \t]/.test(text[j + 1] ?? '')) {
          compact++;
          j += 2;
          while (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09) j++;
        }
        if (indents.length + compact > MAX_NESTING) return { line };
      }
    }
    if (ch === 0x5b || ch === 0x7b) {
      if (++flow > MAX_NESTING) return { line };
    } else if ((ch === 0x5d || ch === 0x7d) && flow > 0) flow--;
    else if (ch === 0x0a || (ch === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  return null;
}

function firstLineOf(message: string): string {
  return message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? message;
}
