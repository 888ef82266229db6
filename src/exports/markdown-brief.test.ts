import { describe, expect, it } from 'vitest';
import { selectFullBriefing } from '../briefing/briefing-fixture.ts';
import { makeCompiledDataset } from '../dataset/dataset-fixture.ts';
import { NO_FILTERS } from '../dataset/selectors.ts';
import type { CompiledDataset } from '../dataset/split-dataset.ts';
import { buildMarkdownBrief, escapeMarkdown } from './markdown-brief.ts';

const GENERATED = new Date(2026, 10, 22, 9, 30);

function withEvent(
  dataset: CompiledDataset,
  id: string,
  change: Partial<CompiledDataset['events'][number]>,
) {
  return {
    ...dataset,
    events: dataset.events.map((e) => (e.id === id ? { ...e, ...change } : e)),
  };
}

/** What a CommonMark renderer shows for escaped text: the character after each backslash. */
const unescape = (text: string) => text.replace(/\\([!-/:-@[-`{-~])/g, '$1');

describe('escapeMarkdown', () => {
  it('escapes emphasis, code, links, HTML, entities, tables and strikethrough', () => {
    expect(escapeMarkdown('*a* _b_ `c` [d](e) <f> &amp; g|h ~~i~~ \\j')).toBe(
      '\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\<f\\> \\&amp; g\\|h \\~\\~i\\~\\~ \\\\j',
    );
  });

  it('escapes what would start a heading, list, quote or numbered item', () => {
    expect(escapeMarkdown('# Not a heading')).toBe('\\# Not a heading');
    expect(escapeMarkdown('- not a list')).toBe('\\- not a list');
    expect(escapeMarkdown('> not a quote')).toBe('\\> not a quote');
    expect(escapeMarkdown('2026. Not a list')).toBe('2026\\. Not a list');
    expect(escapeMarkdown('=====')).toBe('\\=====');
  });

  it('leaves ordinary prose alone, and unescaping gives the text back', () => {
    const prose = 'India’s NSA met Canada’s adviser, 6–7 Feb; “progress” (officials said).';
    expect(escapeMarkdown(prose)).toBe(prose);
    const hostile = '# [x](javascript:alert(1)) <img src=x> *y*';
    expect(unescape(escapeMarkdown(hostile))).toBe(hostile);
  });
});

describe('buildMarkdownBrief', () => {
  const dataset = makeCompiledDataset();

  it('opens with the title, period, scope and generation date', () => {
    const md = buildMarkdownBrief(selectFullBriefing(dataset, NO_FILTERS, null), GENERATED);
    const [title, facts] = md.split('\n\n');
    expect(title).toBe('# India–Canada relations, 2018–2026');
    expect(facts).toContain('**Period:** 2018–2026');
    expect(facts).toContain('**Scope:** All outlets · all themes');
    expect(facts).toContain('Generated 22 Nov 2026');
  });

  it('gives each event a heading with its date at its precision, then every quote with its citation', () => {
    const data = withEvent(dataset, 'b', {
      date: { start: '2023-06-01', end: '2023-06-30', precision: 'month', label: null },
      dateNote: 'Reported later.',
    });
    const md = buildMarkdownBrief(selectFullBriefing(data, NO_FILTERS, null), GENERATED);
    expect(md).toContain('## Jun 2023 — Title b\n\n*Date note:* Reported later.\n\nSummary of b');
    expect(md).toContain(
      '> Quote from wion about b\n>\n> — **WION**, "Headline of WION", 9 Feb 2026, <https://example.com/wion>',
    );
    expect(md).toContain('> — **ZEE**, "Headline of ZEE", 9 Feb 2026, source URL unknown');
    const quotes = md.match(/^> (?!—)\S.*$/gm) ?? [];
    expect(quotes).toHaveLength(dataset.events.reduce((n, e) => n + e.quotes.length, 0));
  });

  it('links an address that cannot be an autolink with the address as its text', () => {
    const data = {
      ...dataset,
      articles: dataset.articles.map((a) =>
        a.outletId === 'ndtv' ? { ...a, url: 'https://example.com/a b_(c)' } : a,
      ),
    };
    const md = buildMarkdownBrief(selectFullBriefing(data, NO_FILTERS, null), GENERATED);
    expect(md).toContain('[https://example.com/a b\\_(c)](<https://example.com/a b_(c)>)');
  });

  it('marks an expected event and a headline that is our description', () => {
    const data = withEvent(dataset, 'd', { status: 'expected' });
    data.articles = data.articles.map((a) =>
      a.outletId === 'zee' ? { ...a, headlineSource: 'ours' as const } : a,
    );
    const md = buildMarkdownBrief(selectFullBriefing(data, NO_FILTERS, null), GENERATED);
    expect(md).toContain('## 7 Feb 2026 · expected — Title d');
    expect(md).toContain('**ZEE**, Headline of ZEE \\[description ours\\], 9 Feb 2026');
  });

  it('escapes markup in data text, keeping the words', () => {
    const data = withEvent(dataset, 'a', {
      title: '# Breaking *news* <script>alert(1)</script>',
      quotes: [{ ...dataset.events[0]!.quotes[0]!, text: '- [click](javascript:x) & _more_' }],
    });
    const md = buildMarkdownBrief(selectFullBriefing(data, NO_FILTERS, null), GENERATED);
    expect(md).not.toContain('<script>');
    expect(md).toContain(
      '## 23 Feb 2018 — \\# Breaking \\*news\\* \\<script\\>alert(1)\\</script\\>',
    );
    expect(md).toContain('> \\- \\[click\\](javascript:x) \\& \\_more\\_');
    expect(unescape(md)).toContain('- [click](javascript:x) & _more_');
  });

  it('keeps every line of a multi-line quote inside the blockquote', () => {
    const data = withEvent(dataset, 'a', {
      quotes: [{ ...dataset.events[0]!.quotes[0]!, text: 'First line\n# second line' }],
    });
    const md = buildMarkdownBrief(selectFullBriefing(data, NO_FILTERS, null), GENERATED);
    expect(md).toContain('> First line  \n> \\# second line\n>\n> — **NDTV**');
  });

  it('includes the pack’s speaker notes, marked as notes, in pack scope', () => {
    const pack = {
      id: 'p',
      title: 'Cabinet *brief*',
      items: [
        { eventId: 'c', note: 'Stress the timing.' },
        { eventId: 'a', note: '' },
      ],
    };
    const md = buildMarkdownBrief(selectFullBriefing(dataset, NO_FILTERS, pack), GENERATED);
    expect(md.startsWith('# Cabinet \\*brief\\*\n')).toBe(true);
    expect(md).toContain('**Speaker note:** Stress the timing.');
    expect(md.match(/Speaker note/g)).toHaveLength(1);
    expect(md.indexOf('Title c')).toBeLessThan(md.indexOf('Title a'));
  });

  it('says so when the shown outlets have no quote for a pack’s event', () => {
    const pack = { id: 'p', title: 'Brief', items: [{ eventId: 'd', note: '' }] };
    const filters = { ...NO_FILTERS, hiddenOutlets: ['zee'] };
    const md = buildMarkdownBrief(selectFullBriefing(dataset, filters, pack), GENERATED);
    expect(md).toContain('*No quotes from the outlets shown.*');
    expect(md).not.toContain('Quote from zee');
  });
});

describe('coverage appendix', () => {
  const briefing = selectFullBriefing(makeCompiledDataset(), NO_FILTERS, null);

  it('is absent unless asked for', () => {
    expect(buildMarkdownBrief(briefing, GENERATED)).not.toContain('Appendix');
  });

  it('is a table with a row per event, the outlets as columns and a totals row', () => {
    const coverage = {
      outlets: ['NDTV (India)', 'A|B (country not stated)'],
      rows: [
        { eventId: 'a', date: '23 Feb 2018', title: 'Title *a*', cells: ['2', ''], reporting: 1 },
        {
          eventId: 'b',
          date: '2023',
          title: 'Title b',
          cells: ['not mentioned', '1'],
          reporting: 1,
        },
      ],
      columnTotals: [1, 1],
      totalQuotes: 3,
    };
    const markdown = buildMarkdownBrief(briefing, GENERATED, coverage);
    const appendix = markdown.slice(markdown.indexOf('## Appendix: coverage'));
    const table = appendix.split('\n').filter((line) => line.startsWith('|'));
    expect(table).toEqual([
      '| Date | Event | NDTV (India) | A\\|B (country not stated) | Outlets reporting |',
      '| --- | --- | ---: | ---: | ---: |',
      '| 23 Feb 2018 | Title \\*a\\* | 2 |   | 1 |',
      '| 2023 | Title b | not mentioned | 1 | 1 |',
      '|   | Events reported | 1 | 1 |   |',
    ]);
    expect(appendix).toContain('“not mentioned”');
    // The appendix comes after the last event.
    expect(markdown.indexOf(briefing.events.at(-1)!.event.title)).toBeLessThan(
      markdown.indexOf('## Appendix'),
    );
  });
});
