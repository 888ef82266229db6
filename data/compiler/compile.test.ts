import { describe, expect, it } from 'vitest';
import { compile } from './compile.ts';
import { articleFile, eventFile, EVENT_YAML, validSources } from './fixtures.ts';
import { formatProblem } from './problems.ts';

function errorsOf(result: ReturnType<typeof compile>): string[] {
  return result.problems.filter((p) => p.severity === 'error').map(formatProblem);
}

function compileEvent(yaml: string) {
  return compile(validSources({ events: [eventFile(yaml)] }));
}

describe('compile: a valid corpus', () => {
  it('produces a dataset with the quote located at its exact offsets', () => {
    const result = compile(validSources());
    expect(errorsOf(result)).toEqual([]);
    const [event] = result.dataset!.events;
    const [quote] = event!.quotes;
    // The recorded text is the article's own (curly quotes), not the source's straight ones.
    expect(quote!.text).toBe(
      'They agreed on a “shared work plan” to guide cooperation on security.',
    );
    expect(quote!.context.text).toBe(
      'They agreed on a “shared work plan” to guide cooperation on security. Officials called it a fresh start.',
    );
    expect(
      quote!.context.text.slice(
        quote!.start - quote!.context.start,
        quote!.end - quote!.context.start,
      ),
    ).toBe(quote!.text);
    expect(event!.outletIds).toEqual(['alpha']);
    expect(result.dataset!.outlets[0]).toMatchObject({
      eventCount: 1,
      quoteCount: 1,
      articleCount: 1,
    });
  });

  it('folds whitespace runs and line breaks when matching, never words', () => {
    const withQuote = (text: string) =>
      EVENT_YAML.replace(
        'text: They agreed on a "shared work plan" to guide cooperation on security.',
        `text: ${JSON.stringify(text)}`,
      );
    expect(
      errorsOf(
        compileEvent(
          withQuote('They  agreed on\ta\n "shared work plan" to guide cooperation on security.'),
        ),
      ),
    ).toEqual([]);
    // Typographic marks fold only to their own kind: ‘…’ is not “…”.
    expect(
      errorsOf(
        compileEvent(
          withQuote('They agreed on a ‘shared work plan’ to guide cooperation on security.'),
        ),
      ),
    ).toHaveLength(1);
    // A changed word is never folded away.
    expect(
      errorsOf(
        compileEvent(
          withQuote('They agreed on the "shared work plan" to guide cooperation on security.'),
        ),
      ),
    ).toHaveLength(1);
  });
});

describe('compile: every problem is reported with file, line, subject and message', () => {
  it('a quote not found verbatim, with the closest passage of the article', () => {
    const yaml = EVENT_YAML.replace(
      'to guide cooperation on security',
      'to guide co-operation on security',
    );
    const [error, ...rest] = errorsOf(compileEvent(yaml));
    expect(rest).toEqual([]);
    expect(error).toContain(
      'data/events/2026/2026-02-07-talks.yaml:11: error: [event 2026-02-07-talks]',
    );
    expect(error).toContain(
      'quote "alpha-plan" is not found verbatim in article "alpha-2026-02-09-talks"',
    );
    expect(error).toContain(
      'closest passage: "They agreed on a “shared work plan” to guide cooperation on security"',
    );
  });

  it('a quote that starts inside a word', () => {
    const yaml = EVENT_YAML.replace(
      'text: They agreed on a "shared work plan" to guide cooperation on security.',
      'text: hey agreed on a',
    );
    expect(errorsOf(compileEvent(yaml))).toEqual([
      expect.stringContaining('quote "alpha-plan" starts or ends in the middle of a word'),
    ]);
  });

  it('an unknown article id, with a suggestion', () => {
    const yaml = EVENT_YAML.replace(
      'article: alpha-2026-02-09-talks',
      'article: alpha-2026-02-09-talk',
    );
    expect(errorsOf(compileEvent(yaml))).toEqual([
      'data/events/2026/2026-02-07-talks.yaml:10: error: [event 2026-02-07-talks] unknown article "alpha-2026-02-09-talk" (did you mean "alpha-2026-02-09-talks"?)',
    ]);
  });

  it('an unknown outlet id on an article', () => {
    const result = compile(validSources({ articles: [articleFile({ outlet: 'beta' })] }));
    expect(errorsOf(result)).toEqual([
      'data/articles/alpha/alpha-2026-02-09-talks.md:3: error: [article alpha-2026-02-09-talks] unknown outlet "beta"',
    ]);
  });

  it('an unknown theme id', () => {
    const yaml = EVENT_YAML.replace('themes: [security]', 'themes: [security, sport]');
    expect(errorsOf(compileEvent(yaml))).toEqual([
      'data/events/2026/2026-02-07-talks.yaml:7: error: [event 2026-02-07-talks] unknown theme "sport"',
    ]);
  });

  it('duplicate event ids, naming where the first one is', () => {
    const result = compile(
      validSources({
        events: [eventFile(EVENT_YAML), eventFile(EVENT_YAML, 'data/events/2026/copy.yaml')],
      }),
    );
    expect(errorsOf(result)).toEqual([
      'data/events/2026/copy.yaml:1: error: [event 2026-02-07-talks] duplicate event id "2026-02-07-talks" (first defined at data/events/2026/2026-02-07-talks.yaml:1)',
    ]);
  });

  it('duplicate article ids', () => {
    const result = compile(
      validSources({
        articles: [articleFile(), articleFile({ path: 'data/articles/alpha/copy.md' })],
      }),
    );
    expect(errorsOf(result)).toEqual([
      expect.stringMatching(
        /^data\/articles\/alpha\/copy\.md:2: error: .*duplicate article id "alpha-2026-02-09-talks"/,
      ),
    ]);
  });

  it('duplicate quote ids within an event', () => {
    const yaml = `${EVENT_YAML}  - id: alpha-plan\n    article: alpha-2026-02-09-talks\n    text: Officials called it a fresh start.\n`;
    expect(errorsOf(compileEvent(yaml))).toEqual([
      'data/events/2026/2026-02-07-talks.yaml:12: error: [event 2026-02-07-talks] duplicate quote id "alpha-plan"',
    ]);
  });

  it('an impossible date', () => {
    const yaml = EVENT_YAML.replace('start: "2026-02-07"', 'start: "2025-02-30"');
    expect(errorsOf(compileEvent(yaml))).toEqual([
      'data/events/2026/2026-02-07-talks.yaml:5: error: [event 2026-02-07-talks] impossible date "2025-02-30": February 2025 has 28 days',
    ]);
  });

  it('a date outside 2018–2026', () => {
    const yaml = EVENT_YAML.replace('start: "2026-02-07"', 'start: "2017-12-31"');
    expect(errorsOf(compileEvent(yaml))).toEqual([
      'data/events/2026/2026-02-07-talks.yaml:5: error: [event 2026-02-07-talks] date 2017-12-31 is outside the covered period 2018-01-01..2026-12-31',
    ]);
  });

  it('an end before its start', () => {
    const yaml = EVENT_YAML.replace(
      'start: "2026-02-07"',
      'start: "2026-02-07"\n  end: "2026-02-01"',
    );
    expect(errorsOf(compileEvent(yaml))).toEqual([
      'data/events/2026/2026-02-07-talks.yaml:6: error: [event 2026-02-07-talks] end "2026-02-01" is before start "2026-02-07"',
    ]);
  });

  it('an unknown precision', () => {
    const yaml = EVENT_YAML.replace('precision: day', 'precision: week');
    expect(errorsOf(compileEvent(yaml))).toEqual([
      'data/events/2026/2026-02-07-talks.yaml:6: error: [event 2026-02-07-talks] unknown precision "week" (use day, month, year or approx)',
    ]);
  });

  it('a precision that does not fit the date written, and an approx date without a label', () => {
    const month = EVENT_YAML.replace('precision: day', 'precision: month');
    expect(errorsOf(compileEvent(month))).toEqual([
      expect.stringContaining('precision is month but start "2026-02-07" is a day (write YYYY-MM)'),
    ]);
    const approx = EVENT_YAML.replace('precision: day', 'precision: approx');
    expect(errorsOf(compileEvent(approx))).toEqual([
      expect.stringContaining('an approx date needs a label, e.g. "mid-2025"'),
    ]);
  });

  it('an event without quotes', () => {
    const yaml = EVENT_YAML.slice(0, EVENT_YAML.indexOf('quotes:')) + 'quotes: []\n';
    expect(errorsOf(compileEvent(yaml))).toEqual([
      'data/events/2026/2026-02-07-talks.yaml:8: error: [event 2026-02-07-talks] event has no quotes: every event needs at least one verbatim quote from an article',
    ]);
  });

  it('an article never quoted is a warning, and the dataset is still written', () => {
    const unquoted = articleFile({ id: 'alpha-2026-02-10-more', body: 'Nothing else happened.' });
    const result = compile(validSources({ articles: [articleFile(), unquoted] }));
    expect(result.dataset).not.toBeNull();
    expect(result.problems.map(formatProblem)).toEqual([
      'data/articles/alpha/alpha-2026-02-10-more.md:2: warning: [article alpha-2026-02-10-more] article is never quoted by any event',
    ]);
  });

  it('malformed YAML, with its line', () => {
    const yaml = EVENT_YAML.replace('themes: [security]', 'themes: [security');
    const [error] = errorsOf(compileEvent(yaml));
    expect(error).toMatch(
      /^data\/events\/2026\/2026-02-07-talks\.yaml:\d+: error: malformed YAML: /,
    );
  });

  it('an article without front matter', () => {
    const result = compile(
      validSources({ articles: [{ path: 'data/articles/alpha/x.md', text: 'Just text.' }] }),
    );
    expect(errorsOf(result)).toContain(
      'data/articles/alpha/x.md:1: error: no front matter: the file must start with a line "---"',
    );
  });

  it('missing fields, wrong types and misspelt fields', () => {
    const yaml = EVENT_YAML.replace(
      'title: Ministers agree a work plan\n',
      'tittle: Ministers agree a work plan\n',
    ).replace('themes: [security]', 'themes: security');
    expect(errorsOf(compileEvent(yaml))).toEqual([
      'data/events/2026/2026-02-07-talks.yaml:1: error: [event 2026-02-07-talks] missing field "title"',
      'data/events/2026/2026-02-07-talks.yaml:1: error: [event 2026-02-07-talks] unknown field "tittle"',
      'data/events/2026/2026-02-07-talks.yaml:7: error: [event 2026-02-07-talks] themes: expected array, got string "security"',
    ]);
  });

  it('a difference naming a quote the event does not have', () => {
    const yaml = `${EVENT_YAML}differences:\n  - label: What was agreed\n    note: Outlets differ.\n    positions:\n      - label: A plan\n        quotes: [alpha-plan, beta-pact]\n`;
    expect(errorsOf(compileEvent(yaml))).toEqual([
      'data/events/2026/2026-02-07-talks.yaml:17: error: [event 2026-02-07-talks] difference "What was agreed" names quote "beta-pact", which this event does not have',
    ]);
  });

  it('reports every problem of every file in one run', () => {
    const badDate = EVENT_YAML.replace('start: "2026-02-07"', 'start: "2026-13-01"');
    const badQuote = EVENT_YAML.replace('id: 2026-02-07-talks', 'id: other').replace(
      'guide cooperation',
      'steer cooperation',
    );
    const result = compile(
      validSources({
        events: [eventFile(badDate), eventFile(badQuote, 'data/events/2026/other.yaml')],
        outlets: {
          path: 'data/outlets.yaml',
          text: '- id: alpha\n  name: Alpha News\n  country: India\n  colour: blue\n',
        },
      }),
    );
    expect(result.dataset).toBeNull();
    expect(errorsOf(result)).toEqual([
      expect.stringContaining(
        '2026-02-07-talks.yaml:5: error: [event 2026-02-07-talks] impossible date "2026-13-01": there is no month 13',
      ),
      expect.stringContaining(
        'other.yaml:11: error: [event other] quote "alpha-plan" is not found verbatim',
      ),
      expect.stringContaining(
        'data/outlets.yaml:4: error: [outlet alpha] colour: must be a #RRGGBB colour',
      ),
    ]);
  });

  it('a missing outlets file, on line 1, without calling every outlet unknown', () => {
    const result = compile(validSources({ outlets: null }));
    expect(errorsOf(result)).toEqual([
      'data/outlets.yaml:1: error: missing file: the outlets must be listed in data/outlets.yaml',
    ]);
  });
});
