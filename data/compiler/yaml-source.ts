import { isNode, LineCounter, parseDocument } from 'yaml';
import { problem, type Problem } from './problems.ts';

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
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const toFileLine = (offset: number): number => lineCounter.linePos(offset).line + firstLine - 1;
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
    value: doc.toJS(),
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

function firstLineOf(message: string): string {
  return message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? message;
}
