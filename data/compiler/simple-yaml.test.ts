import fc from 'fast-check';
import { isNode, LineCounter, parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { validSources } from './fixtures.ts';
import { allFiles, applyMangle, fuzzOptions, mangle } from './fuzz.ts';
import { lineIn, parseSimpleYaml, readSimpleYaml } from './simple-yaml.ts';
import { syntheticSources } from './synthetic-sources.ts';

export const SIMPLE_YAML_RUNS = { generated: 500, mangled: 500 };

/** What the YAML library says: the value, and the line of the value at a path. */
function library(text: string) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, logLevel: 'silent' });
  if (doc.errors.length > 0) return null;
  return {
    value: doc.toJS() as unknown,
    lineOf(path: readonly PropertyKey[]) {
      for (let depth = path.length; depth >= 0; depth--) {
        const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
        if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
      }
      return null;
    },
  };
}

/** Every path into `value`, and a few that lead nowhere below each. */
function pathsOf(value: unknown, path: PropertyKey[] = []): PropertyKey[][] {
  const here = [path, [...path, 'missing'], [...path, 99]];
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => pathsOf(v, [...path, i]))];
  if (value && typeof value === 'object') {
    return [...here, ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...path, k]))];
  }
  return here;
}

function expectSameAsLibrary(text: string) {
  const simple = parseSimpleYaml(text);
  // Without its lines, the reader answers the same, with the same value.
  expect(readSimpleYaml(text)).toStrictEqual(simple && { value: simple.value });
  if (simple === null) return false;
  const lib = library(text);
  expect(lib, 'the library reads it without errors').not.toBeNull();
  expect(simple.value).toStrictEqual(lib!.value);
  for (const path of pathsOf(lib!.value)) {
    expect(lineIn(simple.lines, path), `line of ${JSON.stringify(path)}`).toBe(lib!.lineOf(path));
  }
  return true;
}

const key = fc.constantFrom('id', 'title', 'text', 'a', 'b_c', 'on', 'yes', 'null', 'x-y');
const plain = fc.oneof(
  fc.constantFrom(
    '2026-02-07-talks',
    '2025',
    '007',
    '1e3',
    '.5',
    '-1',
    '+1',
    '0x1F',
    '0o17',
    'true',
    'False',
    'null',
    '~',
    'yes',
    'https://example.org/a?b=c',
    'India, Canada',
    'a [b] c',
    'a#b',
    'x:y',
    '.inf',
    '.NaN',
    'é',
    '9999999999999999',
  ),
  fc.stringMatching(/^[a-z0-9][a-z0-9 .,'"-]{0,12}$/),
);
const quoted = fc.oneof(
  fc.string({ maxLength: 12 }).map((s) => JSON.stringify(s)),
  fc.string({ maxLength: 12 }).map((s) => `'${s.replace(/'/g, "''")}'`),
  fc.constantFrom('"\\x41"', '"a\\/b"', '"tab\\there"', '"\\u00e9"', "'it''s'", '"a # b"'),
);
const scalar = fc.oneof(plain, quoted);
const spaces = fc.constantFrom('', ' ', '  ');

/** Random YAML in the shapes the sources use, indented in the ways people indent. */
const document: fc.Arbitrary<string[]> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar.map((s) => ({ inline: s })),
    fc.array(scalar, { maxLength: 3 }).map((items) => ({ inline: `[${items.join(', ')}]` })),
    fc
      .tuple(
        fc.constantFrom('>-', '>', '|', '|-'),
        fc.array(fc.constantFrom('Some words', 'more', '', "it's “curly”", '# not a comment'), {
          minLength: 1,
          maxLength: 4,
        }),
      )
      .map(([style, body]) => ({ block: style, body })),
    tie('map').map((m) => ({ nested: m as string[] })),
    tie('seq').map((s) => ({ nested: s as string[] })),
  ),
  map: fc
    .uniqueArray(fc.tuple(key, tie('value'), spaces), {
      minLength: 1,
      maxLength: 4,
      selector: ([k]) => k,
    })
    .map((entries) => entries.flatMap(([k, v, gap]) => render(`${k}:`, v as Rendered, gap))),
  seq: fc.array(tie('value'), { minLength: 1, maxLength: 3 }).map((items) =>
    items.flatMap((v) => {
      const r = v as Rendered;
      if ('nested' in r && !r.nested[0]!.startsWith('-')) {
        // `- key: value` with the mapping's other keys under the first.
        const [first, ...rest] = r.nested;
        return [`- ${first}`, ...rest.map((l) => `  ${l}`)];
      }
      return render('-', r, '');
    }),
  ),
})).map as unknown as fc.Arbitrary<string[]>;

type Rendered = { inline: string } | { block: string; body: string[] } | { nested: string[] };

function render(head: string, v: Rendered, gap: string): string[] {
  if ('inline' in v) return [`${head} ${gap}${v.inline}`];
  if ('block' in v) return [`${head} ${v.block}`, ...v.body.map((l) => (l === '' ? '' : `  ${l}`))];
  // A list under a key may sit at the key's own indentation.
  if (gap === '' && v.nested[0]!.startsWith('-') && head !== '-') return [head, ...v.nested];
  return [head, ...v.nested.map((l) => (l === '' ? '' : `  ${l}`))];
}

describe('the simple YAML reader', () => {
  it('reads the real shapes of the sources', () => {
    const sources = syntheticSources({ events: 5, outlets: 2, articles: 2, wordsPerArticle: 40 });
    for (const file of [...allFiles(validSources()), ...allFiles(sources)]) {
      const text = file.path.endsWith('.md') ? file.text.split('\n---\n')[0]!.slice(4) : file.text;
      expect(expectSameAsLibrary(text), file.path).toBe(true);
    }
  });

  it('gives the library’s value and lines wherever it answers, on random documents', () => {
    let answered = 0;
    fc.assert(
      fc.property(document, fc.constantFrom('', '# a comment\n', '\n'), (lines, prefix) => {
        if (expectSameAsLibrary(prefix + lines.join('\n') + '\n')) answered++;
      }),
      fuzzOptions(SIMPLE_YAML_RUNS.generated),
    );
    // It must answer for many of them, or this would test little.
    expect(answered).toBeGreaterThan(SIMPLE_YAML_RUNS.generated / 5);
  });

  it('gives the library’s value and lines wherever it answers, on damaged sources', () => {
    const files = allFiles(validSources()).filter((f) => f.path.endsWith('.yaml'));
    fc.assert(
      fc.property(fc.nat(), fc.array(mangle, { minLength: 1, maxLength: 3 }), (which, mangles) => {
        const file = files[which % files.length]!;
        expectSameAsLibrary(mangles.reduce(applyMangle, file.text));
      }),
      fuzzOptions(SIMPLE_YAML_RUNS.mangled),
    );
  });
});
