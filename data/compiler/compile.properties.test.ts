/**
 * The compiler under fire: property tests that feed it damaged sources, random dates, random
 * quotes and random references, and check what it promises for every input (see fuzz.ts).
 * Seeded, so every run tries the same cases; fast-check prints the seed and the smallest
 * failing input when one fails.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile, editDistance, type Sources } from './compile.ts';
import { articleFile, eventFile, EVENT_YAML, validSources } from './fixtures.ts';
import {
  applyMangle,
  compileChecked,
  fuzzOptions,
  mangle,
  nastyText,
  withFile,
  allFiles,
} from './fuzz.ts';
import { fold } from './find-quote.ts';
import { syntheticSources } from './synthetic-sources.ts';

/** Runs per property; kept here so the README's counts have one source. */
export const RUNS = {
  mangledFiles: 500,
  mangledTwice: 300,
  dates: 400,
  publishedAndEraDates: 200,
  quotesFound: 400,
  quotesNotFound: 300,
  references: 300,
  editDistance: 300,
};

const BASES: Sources[] = [
  validSources(),
  syntheticSources({ events: 3, outlets: 2, articles: 2, wordsPerArticle: 60, seed: 7 }),
];

describe('damaged sources', { timeout: 120_000 }, () => {
  const damaged = fc
    .record({
      base: fc.constantFrom(...BASES.keys()),
      file: fc.nat(),
      mangles: fc.array(mangle, { minLength: 1, maxLength: 4 }),
    })
    .map(({ base, file, mangles }) => {
      const sources = BASES[base]!;
      const files = allFiles(sources);
      const target = files[file % files.length]!;
      return withFile(sources, target.path, mangles.reduce(applyMangle, target.text));
    });

  it('never throw: a valid dataset, or located errors', () => {
    fc.assert(
      fc.property(damaged, (sources) => void compileChecked(sources)),
      fuzzOptions(RUNS.mangledFiles),
    );
  });

  it('damaged in two files at once, likewise', () => {
    const twice = fc
      .record({
        base: fc.constantFrom(...BASES.keys()),
        a: fc.nat(),
        b: fc.nat(),
        m1: mangle,
        m2: mangle,
      })
      .map(({ base, a, b, m1, m2 }) => {
        let sources = BASES[base]!;
        for (const [i, m] of [
          [a, m1],
          [b, m2],
        ] as const) {
          const files = allFiles(sources);
          const target = files[i % files.length]!;
          sources = withFile(sources, target.path, applyMangle(target.text, m));
        }
        return sources;
      });
    fc.assert(
      fc.property(twice, (sources) => void compileChecked(sources)),
      fuzzOptions(RUNS.mangledTwice),
    );
  });

  it.each([
    ['nesting deep enough to exhaust the stack', `${'['.repeat(200_000)}${']'.repeat(200_000)}`],
    [
      'an alias bomb',
      `a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n`,
    ],
    ['a __proto__ key', EVENT_YAML.replace('title:', '__proto__: { polluted: true }\ntitle:')],
    ['a mapping as a key', EVENT_YAML.replace('title:', '? [a, b]\n: c\ntitle:')],
    ['two documents', `${EVENT_YAML}---\n${EVENT_YAML}`],
    [
      'an id of a million characters',
      EVENT_YAML.replace('id: 2026-02-07-talks', `id: ${'x'.repeat(1_000_000)}-`),
    ],
    [
      'an id with a line break',
      EVENT_YAML.replace('id: 2026-02-07-talks', 'id: "talks\\n/tmp/x.yaml:1: error: forged"'),
    ],
    ['a date that is a mapping', EVENT_YAML.replace('start: "2026-02-07"', 'start: { y: 2026 }')],
    ['only a BOM', '\uFEFF'],
    ['nothing', ''],
  ])('%s in an event file: located errors, no crash', (_, yaml) => {
    const result = compileChecked(validSources({ events: [eventFile(yaml)] }));
    expect(result.dataset).toBeNull();
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });
});

// ---- dates ----------------------------------------------------------------

const dateText = fc.oneof(
  // Well-formed days, months and years, in and out of range, possible and not.
  fc
    .tuple(
      fc.integer({ min: 2010, max: 2030 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
    )
    .chain(([y, m, d]) =>
      fc.constantFrom(
        `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
        `${y}-${String(m).padStart(2, '0')}`,
        `${y}`,
      ),
    ),
  fc.constantFrom(
    '2024-02-29',
    '2023-02-29',
    '2100-02-29',
    '2026-04-31',
    '2026-1-5',
    '26-01-05',
    '2026/01/05',
    ' 2026',
    '2026-01-05T00:00',
    '',
  ),
  fc.string({ maxLength: 12 }),
);
const precision = fc.constantFrom('day', 'month', 'year', 'approx', 'week', 'Day', '', 'exact');

interface DateCase {
  start: string;
  end: string | undefined;
  precision: string;
  label: string | undefined;
}

const kindOf = (s: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(s)
    ? 'day'
    : /^\d{4}-\d{2}$/.test(s)
      ? 'month'
      : /^\d{4}$/.test(s)
        ? 'year'
        : null;

/** Whether the platform's calendar has this day (or month, or year). */
function isRealDate(s: string): boolean {
  const kind = kindOf(s);
  if (kind === null) return false;
  const day = kind === 'day' ? s : kind === 'month' ? `${s}-01` : `${s}-01-01`;
  const parsed = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === day;
}

/** An independent statement of what a valid event date is, using the platform's calendar. */
function isValidDate(c: DateCase): boolean {
  const kind = kindOf;
  const real = isRealDate;
  const first = (s: string) =>
    kind(s) === 'day' ? s : kind(s) === 'month' ? `${s}-01` : `${s}-01-01`;
  const last = (s: string) => {
    if (kind(s) === 'day') return s;
    const [y, m] = s.split('-').map(Number) as [number, number | undefined];
    const month = m ?? 12;
    return new Date(Date.UTC(y, month, 0)).toISOString().slice(0, 10);
  };
  const dates = [c.start, ...(c.end === undefined ? [] : [c.end])];
  if (!['day', 'month', 'year', 'approx'].includes(c.precision)) return false;
  if (!dates.every((d) => kind(d) !== null && real(d))) return false;
  if (c.precision === 'approx' ? !c.label?.trim() : c.label !== undefined) return false;
  if (c.precision !== 'approx' && !dates.every((d) => kind(d) === c.precision)) return false;
  const from = first(c.start);
  const to = last(c.end ?? c.start);
  return from <= to && from >= '2018-01-01' && to <= '2026-12-31';
}

function eventWithDate(c: DateCase): string {
  const lines = ['date:', `  start: ${JSON.stringify(c.start)}`];
  if (c.end !== undefined) lines.push(`  end: ${JSON.stringify(c.end)}`);
  lines.push(`  precision: ${JSON.stringify(c.precision)}`);
  if (c.label !== undefined) lines.push(`  label: ${JSON.stringify(c.label)}`);
  return EVENT_YAML.replace('date:\n  start: "2026-02-07"\n  precision: day', () =>
    lines.join('\n'),
  );
}

describe('random event dates', { timeout: 120_000 }, () => {
  it('compile exactly when the date is a real one of 2018–2026 at its stated precision, and errors point at the date', () => {
    const dateCase = fc.record({
      start: dateText,
      end: fc.option(dateText, { nil: undefined }),
      precision,
      label: fc.option(fc.constantFrom('mid-2025', 'late 2023–2024', '', ' '), { nil: undefined }),
    });
    fc.assert(
      fc.property(dateCase, (c) => {
        const result = compileChecked(validSources({ events: [eventFile(eventWithDate(c))] }));
        expect(result.dataset !== null).toBe(isValidDate(c));
        // Every error is on a line of the `date:` block (lines 4 to 8 of the event file).
        for (const p of result.problems.filter((p) => p.severity === 'error')) {
          expect(p.line).toBeGreaterThanOrEqual(4);
          expect(p.line).toBeLessThanOrEqual(8);
        }
        if (result.dataset) {
          const { date } = result.dataset.events[0]!;
          expect(date.start <= date.end).toBe(true);
        }
      }),
      fuzzOptions(RUNS.dates),
    );
  });

  it('articles’ publication dates and eras’ dates must be real dates of their stated form', () => {
    fc.assert(
      fc.property(
        dateText,
        fc.constantFrom('day', 'month', 'year'),
        dateText,
        (published, precision, eraEnd) => {
          const article = articleFile();
          const sources = validSources({
            articles: [
              {
                ...article,
                text: article.text.replace(
                  'date: "2026-02-09"\n  precision: day',
                  () => `date: ${JSON.stringify(published)}\n  precision: ${precision}`,
                ),
              },
            ],
            eras: {
              path: 'data/eras.yaml',
              text: `- id: all\n  label: All\n  start: "2018-01-01"\n  end: ${JSON.stringify(eraEnd)}\n`,
            },
          });
          const result = compileChecked(sources);
          const publishedOk = kindOf(published) === precision && isRealDate(published);
          const eraOk = kindOf(eraEnd) === 'day' && isRealDate(eraEnd) && eraEnd >= '2018-01-01';
          expect(result.dataset !== null).toBe(publishedOk && eraOk);
        },
      ),
      fuzzOptions(RUNS.publishedAndEraDates),
    );
  });
});

// ---- quotes ---------------------------------------------------------------

const TOKENS = [
  'India',
  'Canada',
  'talks',
  'agreed',
  'a',
  'an',
  'plan',
  '2026',
  'l’état',
  'don’t',
  '“shared”',
  '"absurd"',
  ',',
  '.',
  '—',
  'é',
  'ab',
];
const SPACES = [' ', '  ', '\n', '\n\n', '\t', ' \n ', '\u00A0'];
const body = fc
  .array(fc.tuple(fc.constantFrom(...TOKENS), fc.constantFrom(...SPACES)), {
    minLength: 3,
    maxLength: 40,
  })
  .map((parts) =>
    parts
      .map(([t, s]) => t + s)
      .join('')
      .trim(),
  );

/** The reference definition, character by character: folded text, with each folded character's origin. */
function referenceLocate(text: string, quote: string): 'found' | 'mid-word' | 'absent' {
  const foldChars = (s: string) => {
    const out: { ch: string; at: number }[] = [];
    for (let i = 0; i < s.length; i++) {
      const ch = s[i]!;
      if (/\s/.test(ch)) {
        if (i === 0 || !/\s/.test(s[i - 1]!)) out.push({ ch: ' ', at: i });
        continue;
      }
      out.push({ ch: /[‘’‚‛′]/.test(ch) ? "'" : /[“”„‟″]/.test(ch) ? '"' : ch, at: i });
    }
    return out;
  };
  const hay = foldChars(text);
  const needle = foldChars(quote.trim())
    .map((c) => c.ch)
    .join('');
  if (needle === '') return 'absent';
  const word = (i: number) => i >= 0 && i < text.length && /[\p{L}\p{N}]/u.test(text[i]!);
  let result: 'mid-word' | 'absent' = 'absent';
  for (let i = 0; i + needle.length <= hay.length; i++) {
    if (
      hay
        .slice(i, i + needle.length)
        .map((c) => c.ch)
        .join('') !== needle
    )
      continue;
    const start = hay[i]!.at;
    const end = hay[i + needle.length - 1]!.at + 1;
    if ((word(start) && word(start - 1)) || (word(end - 1) && word(end))) result = 'mid-word';
    else return 'found';
  }
  return result;
}

function compileQuote(articleBody: string, quote: string) {
  const yaml = EVENT_YAML.replace(
    'text: They agreed on a "shared work plan" to guide cooperation on security.',
    () => `text: ${JSON.stringify(quote)}`,
  );
  return compileChecked(
    validSources({ articles: [articleFile({ body: articleBody })], events: [eventFile(yaml)] }),
  );
}

/** How an editor might retype a passage: straight quote marks, other whitespace. */
function retype(passage: string, spacing: string): string {
  return passage.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, spacing);
}

describe('random quotes', { timeout: 120_000 }, () => {
  it('a passage of the article, retyped, is found exactly when the reference definition finds it, at offsets that fold back to it', () => {
    const passage = fc.record({
      body,
      from: fc.nat(),
      length: fc.integer({ min: 1, max: 80 }),
      spacing: fc.constantFrom(' ', '  ', '\n  '),
    });
    fc.assert(
      fc.property(passage, ({ body, from, length, spacing }) => {
        const start = from % body.length;
        const quote = retype(body.slice(start, start + length), spacing);
        fc.pre(quote.trim() !== '');
        const expected = referenceLocate(body, quote);
        const result = compileQuote(body, quote);
        const messages = result.problems
          .filter((p) => p.severity === 'error')
          .map((p) => p.message);
        if (expected === 'found') {
          expect(messages).toEqual([]);
          const q = result.dataset!.events[0]!.quotes[0]!;
          expect(fold(q.text).text).toBe(fold(quote.trim()).text);
          // At word edges of the article.
          const word = (i: number) => /[\p{L}\p{N}]/u.test(body[i] ?? '');
          expect(word(q.start) && word(q.start - 1)).toBe(false);
          expect(word(q.end - 1) && word(q.end)).toBe(false);
        } else {
          expect(messages).toEqual([
            expect.stringMatching(
              expected === 'mid-word'
                ? /starts or ends in the middle of a word/
                : /is not found verbatim/,
            ),
          ]);
        }
      }),
      fuzzOptions(RUNS.quotesFound),
    );
  });

  it('random text is found only if the reference definition finds it, and a miss names the quote on its line', () => {
    fc.assert(
      fc.property(
        body,
        fc.oneof(nastyText, fc.string({ minLength: 1, maxLength: 30 }), body),
        (body, quote) => {
          fc.pre(quote.trim() !== '');
          const result = compileQuote(body, quote);
          const errors = result.problems.filter((p) => p.severity === 'error');
          const expected = referenceLocate(body, quote);
          if (expected === 'found') expect(errors).toEqual([]);
          else if (errors.some((p) => /quote "alpha-plan"/.test(p.message))) {
            expect(errors.find((p) => /quote "alpha-plan"/.test(p.message))!.line).toBe(11);
          } else {
            // The quote could not even be read as YAML text, or trims to nothing: still reported.
            expect(errors.length).toBeGreaterThan(0);
          }
        },
      ),
      fuzzOptions(RUNS.quotesNotFound),
    );
  });
});

// ---- references -------------------------------------------------------------

const ARTICLES = ['alpha-2026-02-09-talks', 'beta-2026-02-10-pact'];
const articleRef = fc.oneof(
  fc.constantFrom(...ARTICLES),
  fc.constantFrom('alpha-2026-02-09-talk', 'gamma-2026-01-01-x', 'Alpha-2026-02-09-talks', ''),
  fc.string({ maxLength: 10 }),
);
const themeRef = fc.oneof(
  fc.constantFrom('security', 'trade'),
  fc.constantFrom('securty', 'sport', 'Security'),
  fc.string({ maxLength: 8 }),
);
const outletRef = fc.oneof(fc.constantFrom('alpha', 'beta'), fc.constantFrom('alpah', 'gamma'));

describe('random references', { timeout: 120_000 }, () => {
  it('compile exactly when every article, outlet, theme and quote id referred to exists, and each unknown one is reported on its own line', () => {
    const refs = fc.record({
      betaOutlet: outletRef,
      themes: fc.array(themeRef, { minLength: 1, maxLength: 3 }),
      quotes: fc.array(
        fc.record({ id: fc.constantFrom('q-one', 'q-two', 'q-three'), article: articleRef }),
        { minLength: 1, maxLength: 3 },
      ),
      differenceQuotes: fc.array(fc.constantFrom('q-one', 'q-two', 'q-four', 'x'), {
        maxLength: 3,
      }),
    });
    fc.assert(
      fc.property(refs, ({ betaOutlet, themes, quotes, differenceQuotes }) => {
        const sources = validSources({
          outlets: {
            path: 'data/outlets.yaml',
            text: '- id: alpha\n  name: Alpha\n  country: India\n  colour: "#0072B2"\n- id: beta\n  name: Beta\n  country: null\n  colour: "#D55E00"\n',
          },
          themes: {
            path: 'data/themes.yaml',
            text: '- id: security\n  label: Security\n  colour: "#EE6677"\n- id: trade\n  label: Trade\n  colour: "#228833"\n',
          },
          articles: [
            articleFile(),
            articleFile({
              id: 'beta-2026-02-10-pact',
              outlet: betaOutlet,
              path: 'data/articles/beta/beta-2026-02-10-pact.md',
            }),
          ],
          events: [],
        });
        const lines = [
          'id: 2026-02-07-talks',
          'title: Talks',
          'summary: Talks.',
          'date:',
          '  start: "2026-02-07"',
          '  precision: day',
          `themes: [${themes.map((t) => JSON.stringify(t)).join(', ')}]`,
          'quotes:',
        ];
        const lineOfQuoteArticle: number[] = [];
        for (const q of quotes) {
          lines.push(`  - id: ${q.id}`);
          lines.push(`    article: ${JSON.stringify(q.article)}`);
          lineOfQuoteArticle.push(lines.length);
          lines.push('    text: Ministers met in Ottawa on Friday.');
        }
        if (differenceQuotes.length > 0) {
          lines.push(
            'differences:',
            '  - label: What',
            '    note: Differ.',
            '    positions:',
            '      - label: One',
          );
          lines.push(
            `        quotes: [${differenceQuotes.map((q) => JSON.stringify(q)).join(', ')}]`,
          );
        }
        const result = compileChecked({ ...sources, events: [eventFile(`${lines.join('\n')}\n`)] });

        const ids = quotes.map((q) => q.id);
        const valid =
          ['alpha', 'beta'].includes(betaOutlet) &&
          themes.every((t) => ['security', 'trade'].includes(t)) &&
          quotes.every((q) => ARTICLES.includes(q.article)) &&
          new Set(ids).size === ids.length &&
          differenceQuotes.every((q) => (ids as string[]).includes(q));
        expect(result.dataset !== null).toBe(valid);
        // References are checked once the event has its shape, i.e. every id is kebab-case.
        const kebab = (id: string) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id);
        const shaped = [...themes, ...quotes.map((q) => q.article), ...differenceQuotes].every(
          kebab,
        );
        quotes.forEach((q, i) => {
          if (shaped && !ARTICLES.includes(q.article)) {
            expect(result.problems).toContainEqual(
              expect.objectContaining({
                line: lineOfQuoteArticle[i],
                message: expect.stringContaining(`unknown article "${q.article}"`),
              }),
            );
          }
        });
        if (!['alpha', 'beta'].includes(betaOutlet)) {
          expect(result.problems).toContainEqual(
            expect.objectContaining({
              file: 'data/articles/beta/beta-2026-02-10-pact.md',
              line: 3,
              message: expect.stringContaining(`unknown outlet "${betaOutlet}"`),
            }),
          );
        }
      }),
      fuzzOptions(RUNS.references),
    );
  });

  it('the same sources always give the same problems, in the same order', () => {
    const sources = syntheticSources({
      events: 20,
      outlets: 3,
      articles: 4,
      wordsPerArticle: 80,
      seed: 3,
    });
    const broken = withFile(
      sources,
      sources.events[0]!.path,
      sources.events[0]!.text.replace(/article: /g, 'article: x'),
    );
    expect(compile(broken).problems).toEqual(compile(broken).problems);
    expect(compile(broken).problems.length).toBeGreaterThan(0);
  });
});

describe('edit distance for suggestions', () => {
  it('equals the textbook distance, or says it exceeds the bound', () => {
    const textbook = (a: string, b: string): number => {
      const d = Array.from({ length: a.length + 1 }, (_, i) => [
        i,
        ...Array<number>(b.length).fill(0),
      ]);
      for (let j = 1; j <= b.length; j++) d[0]![j] = j;
      for (let i = 1; i <= a.length; i++)
        for (let j = 1; j <= b.length; j++)
          d[i]![j] = Math.min(
            d[i - 1]![j]! + 1,
            d[i]![j - 1]! + 1,
            d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
          );
      return d[a.length]![b.length]!;
    };
    const id = fc.stringMatching(/^[a-c-]{0,10}$/);
    fc.assert(
      fc.property(id, id, fc.nat({ max: 12 }), (a, b, max) => {
        expect(editDistance(a, b, max)).toBe(Math.min(textbook(a, b), max + 1));
        expect(editDistance(a, b)).toBe(textbook(a, b));
      }),
      fuzzOptions(RUNS.editDistance),
    );
  });
});
