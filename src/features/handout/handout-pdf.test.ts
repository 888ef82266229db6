import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import { selectFullBriefing } from '../../briefing/briefing-fixture.ts';
import { makeCompiledDataset } from '../../dataset/dataset-fixture.ts';
import { NO_FILTERS } from '../../dataset/selectors.ts';
import { formatEventDate } from '../../lib/format-date.ts';
import { buildCitation } from '../../lib/citation.ts';
import { handoutFileName, toHandoutContent } from './handout-content.ts';
import { buildHandoutPdf, pageSizeForLocale } from './handout-pdf.ts';

const dataset = makeCompiledDataset();

interface Block {
  text: string;
  unbreakable: boolean;
  links: string[];
}

/** Every stack in the definition, its lines joined as a reader would read them. */
function blocksOf(node: unknown, out: Block[] = []): Block[] {
  if (Array.isArray(node)) {
    for (const child of node) blocksOf(child, out);
  } else if (typeof node === 'object' && node !== null && 'stack' in node) {
    const { stack, unbreakable } = node as { stack: unknown; unbreakable?: boolean };
    out.push({
      text: linesOf(stack).join(' '),
      unbreakable: unbreakable === true,
      links: linksOf(stack),
    });
    blocksOf(stack, out);
  }
  return out;
}

/** One line per paragraph (`{ text }` node); inline runs within it are joined. */
function linesOf(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(linesOf);
  if (typeof node === 'object' && node !== null) {
    if ('text' in node) return [runsOf(node.text)].filter(Boolean);
    if ('stack' in node) return linesOf(node.stack);
  }
  return [];
}

function runsOf(text: unknown): string {
  if (typeof text === 'string') return text;
  if (Array.isArray(text)) return text.map(runsOf).join('');
  return typeof text === 'object' && text !== null && 'text' in text ? runsOf(text.text) : '';
}

const textOf = (node: unknown) => linesOf(node).join('\n');

function linksOf(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(linksOf);
  if (typeof node === 'object' && node !== null) {
    const own = 'link' in node && typeof node.link === 'string' ? [node.link] : [];
    return [...own, ...('stack' in node ? linksOf(node.stack) : [])];
  }
  return [];
}

function build(briefing = selectFullBriefing(dataset, NO_FILTERS, null), size = 'A4' as const) {
  return buildHandoutPdf(toHandoutContent(briefing, '2026-11-22'), size);
}

describe('buildHandoutPdf', () => {
  it('keeps every quote together with its full citation in one unbreakable block', () => {
    const briefing = selectFullBriefing(dataset, NO_FILTERS, null);
    const blocks = blocksOf(build(briefing).content);
    const quotes = briefing.events.flatMap((e) => e.quotes);
    expect(quotes.length).toBeGreaterThan(3);
    for (const quote of quotes) {
      // The innermost block holding the quote (an event's first quote also sits in its head).
      const block = blocks.findLast((b) => b.text.includes(quote.quote.text));
      expect(block?.text, quote.quote.id).toBe(buildCitation(quote));
      expect(block?.unbreakable, quote.quote.id).toBe(true);
      expect(block?.links).toEqual(quote.article.url ? [quote.article.url] : []);
    }
  });

  it('leaves out the quotes of hidden outlets', () => {
    const briefing = selectFullBriefing(dataset, { ...NO_FILTERS, hiddenOutlets: ['wion'] }, null);
    const text = textOf(build(briefing).content);
    const wion = dataset.events.flatMap((e) => e.quotes).filter((q) => q.outletId === 'wion');
    expect(wion.length).toBeGreaterThan(0);
    for (const quote of wion) expect(text).not.toContain(quote.text);
    expect(text).toContain('Outlets: NDTV, ZEE · all themes');
  });

  it('gives each event its date at its precision, date note, title and summary', () => {
    const base = selectFullBriefing(dataset, NO_FILTERS, null);
    const first = base.events[0]!;
    const briefing = {
      ...base,
      events: [
        {
          ...first,
          event: {
            ...first.event,
            date: {
              start: '2025-03-01',
              end: '2025-03-31',
              precision: 'month' as const,
              label: null,
            },
            dateNote: 'The articles give only the month.',
            status: 'expected' as const,
          },
        },
      ],
    };
    const [head] = blocksOf(build(briefing).content);
    expect(formatEventDate(briefing.events[0]!.event.date)).toBe('Mar 2025');
    expect(head).toMatchObject({ unbreakable: true });
    // Kept with its first quote, so a heading never ends a page alone.
    expect(head!.text).toBe(
      `Mar 2025 · expected The articles give only the month. ${first.event.title} ${first.event.summary} ${buildCitation(first.quotes[0]!)}`,
    );
  });

  it("prints a pack's speaker notes and title", () => {
    const pack = {
      id: 'p',
      title: 'Minister’s brief',
      items: [
        { eventId: 'c', note: 'Lead with this.' },
        { eventId: 'a', note: '' },
      ],
    };
    const definition = build(selectFullBriefing(dataset, NO_FILTERS, pack));
    const text = textOf(definition.content);
    expect(text.split('\n')[0]).toBe('Minister’s brief');
    expect(text).toContain('2 events chosen for this briefing');
    expect(text.match(/Speaker note: /g)).toHaveLength(1);
    expect(text).toContain('Speaker note: Lead with this.');
    expect(text.indexOf('Title c')).toBeLessThan(text.indexOf('Title a'));
  });

  it('numbers the pages in the footer', () => {
    const footer = build().footer as Exclude<TDocumentDefinitions['footer'], Content>;
    expect(textOf(footer!(3, 7, { width: 595, height: 842, orientation: 'portrait' }))).toBe(
      'Page 3 of 7',
    );
  });

  it('is on the page size it is given', () => {
    expect(build(undefined, 'A4').pageSize).toBe('A4');
    const letter = buildHandoutPdf(
      toHandoutContent(selectFullBriefing(dataset, NO_FILTERS, null), '2026-11-22'),
      'LETTER',
    );
    expect(letter.pageSize).toBe('LETTER');
  });
});

describe('pageSizeForLocale', () => {
  it.each([
    ['en-US', 'LETTER'],
    ['en-CA', 'LETTER'],
    ['fr-CA', 'LETTER'],
    ['en-GB', 'A4'],
    ['en-IN', 'A4'],
    ['hi-IN', 'A4'],
    ['en', 'A4'],
    ['not a locale', 'A4'],
  ])('%s → %s', (language, size) => {
    expect(pageSizeForLocale(language)).toBe(size);
  });
});

describe('handoutFileName', () => {
  it('names the file after the day it is prepared', () => {
    expect(handoutFileName('2026-11-22')).toBe('india-canada-briefing-2026-11-22.pdf');
  });
});

describe('coverage appendix', () => {
  const briefing = selectFullBriefing(dataset, NO_FILTERS, null);
  const table = (outlets: number) => ({
    outlets: Array.from({ length: outlets }, (_, i) => `Outlet ${i} (India)`),
    rows: [
      {
        eventId: 'a',
        date: '23 Feb 2018',
        title: 'Title a',
        cells: Array.from({ length: outlets }, (_, i) => (i === 0 ? '2' : 'not mentioned')),
        reporting: 1,
      },
    ],
    columnTotals: Array.from({ length: outlets }, (_, i) => (i === 0 ? 1 : 0)),
    totalQuotes: 2,
  });
  const appendixOf = (definition: TDocumentDefinitions) => {
    const content = definition.content as Content[];
    const at = content.findIndex((c) => textOf(c) === 'Appendix: coverage');
    return at === -1 ? null : content.slice(at);
  };

  it('is absent unless asked for', () => {
    expect(appendixOf(build(briefing))).toBeNull();
  });

  it('starts a new page with a table whose header row repeats and whose rows never split', () => {
    const definition = buildHandoutPdf(toHandoutContent(briefing, '2026-11-22', table(3)), 'A4');
    const [heading, , tableNode] = appendixOf(definition)! as unknown as [
      { pageBreak: string; pageOrientation: string },
      unknown,
      { table: { headerRows: number; dontBreakRows: boolean; body: { text: string }[][] } },
    ];
    expect(heading.pageBreak).toBe('before');
    expect(heading.pageOrientation).toBe('portrait');
    expect(tableNode.table.headerRows).toBe(1);
    expect(tableNode.table.dontBreakRows).toBe(true);
    expect(tableNode.table.body.map((row) => row.map((cell) => cell.text))).toEqual([
      [
        'Date',
        'Event',
        'Outlet 0 (India)',
        'Outlet 1 (India)',
        'Outlet 2 (India)',
        'Outlets reporting',
      ],
      ['23 Feb 2018', 'Title a', '2', 'not mentioned', 'not mentioned', '1'],
      ['', 'Events reported', '1', '0', '0', ''],
    ]);
  });

  it('turns to landscape when many outlets need the width', () => {
    const definition = buildHandoutPdf(toHandoutContent(briefing, '2026-11-22', table(8)), 'A4');
    const [heading] = appendixOf(definition)! as unknown as [{ pageOrientation: string }];
    expect(heading.pageOrientation).toBe('landscape');
  });
});
