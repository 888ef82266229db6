import { describe, expect, it } from 'vitest';
import type { BriefingEvent } from '../briefing/briefing.ts';
import { selectFullBriefing } from '../briefing/briefing-fixture.ts';
import { makeCompiledDataset } from '../dataset/dataset-fixture.ts';
import { NO_FILTERS } from '../dataset/selectors.ts';
import type { Quote } from '../dataset/schema.ts';
import {
  BODY_BOTTOM,
  countLines,
  fillPages,
  planDeck,
  planEventSlides,
  quoteHeight,
  sourceLine,
  type EventSlidePlan,
} from './deck-plan.ts';

const dataset = makeCompiledDataset();
const GENERATED = new Date(2026, 10, 22);

/** Event "b" of the fixture with `count` quotes of `length` characters each. */
function eventWithQuotes(count: number, length = 160, note = ''): BriefingEvent {
  const base = selectFullBriefing(dataset, NO_FILTERS, null).events.find(
    (e) => e.event.id === 'b',
  )!;
  const template = base.quotes[0]!;
  const words = 'The advisers agreed a shared work plan on security '.repeat(20).slice(0, length);
  return {
    ...base,
    note,
    quotes: Array.from({ length: count }, (_, i) => ({
      ...template,
      quote: { ...template.quote, id: `q${i}`, text: `${i}: ${words}` } satisfies Quote,
    })),
  };
}

describe('countLines', () => {
  it('wraps between words, as a slide does', () => {
    expect(countLines('aaa bbb ccc', 7)).toBe(2);
    expect(countLines('aaa bbb ccc', 11)).toBe(1);
    expect(countLines('one\ntwo', 80)).toBe(2);
  });

  it('breaks a word longer than a line (a long URL)', () => {
    expect(countLines('x'.repeat(25), 10)).toBe(3);
  });
});

describe('sourceLine', () => {
  const source = {
    outlet: 'NDTV',
    citation: '"Talks in Ottawa", 9 Feb 2026',
    url: 'https://www.ndtv.com/world-news/a-long-path',
    host: 'ndtv.com',
  };

  it('gives the host under a quote and the whole address on the Sources slide', () => {
    expect(sourceLine(source, 'host')).toBe('"Talks in Ottawa", 9 Feb 2026 · ndtv.com');
    expect(sourceLine(source, 'url')).toBe(
      '"Talks in Ottawa", 9 Feb 2026 · https://www.ndtv.com/world-news/a-long-path',
    );
  });

  it('says when the address is unknown', () => {
    expect(sourceLine({ ...source, url: null, host: null }, 'host')).toBe(
      '"Talks in Ottawa", 9 Feb 2026 · source URL unknown',
    );
  });
});

describe('fillPages', () => {
  it('fills pages in order and starts a new page when the next item does not fit', () => {
    expect(fillPages([3, 3, 3, 3, 3], (n) => n, 4, 7)).toEqual([[3], [3, 3], [3, 3]]);
  });

  it('always gives one page, and an oversized item a page of its own', () => {
    expect(fillPages([], (n: number) => n, 5, 5)).toEqual([[]]);
    expect(fillPages([2, 9, 2], (n) => n, 5, 5)).toEqual([[2], [9], [2]]);
  });
});

describe('planEventSlides', () => {
  it('puts an event with few quotes on one slide with its intro and the pack’s note', () => {
    const slides = planEventSlides(eventWithQuotes(2, 160, 'Mention the work plan.'));
    expect(slides).toHaveLength(1);
    expect(slides[0]).toMatchObject({
      title: 'Title b',
      continued: false,
      intro: { summary: 'Summary of b' },
      notes: 'Mention the work plan.',
    });
    expect(slides[0]!.quotes.map((q) => q.quoteId)).toEqual(['q0', 'q1']);
  });

  it('continues 25 quotes on "(continued)" slides, in order, none lost, none overflowing', () => {
    const slides = planEventSlides(eventWithQuotes(25, 300, 'Note'));
    expect(slides.length).toBeGreaterThan(3);
    expect(slides.flatMap((s) => s.quotes.map((q) => q.quoteId))).toEqual(
      Array.from({ length: 25 }, (_, i) => `q${i}`),
    );
    slides.forEach((slide, i) => {
      expect(slide.continued).toBe(i > 0);
      expect(slide.title).toBe(i === 0 ? 'Title b' : 'Title b (continued)');
      expect(slide.intro === null).toBe(i > 0);
      expect(slide.notes).toBe(i === 0 ? 'Note' : '');
      expect(slide.quotes.length).toBeGreaterThan(0);
      const used = slide.quotes.reduce((h, q) => h + quoteHeight(q), 0);
      expect(slide.bodyTop + used / 72).toBeLessThanOrEqual(BODY_BOTTOM);
    });
  });

  it('fits more short quotes than long ones on a slide', () => {
    const perSlide = (slides: EventSlidePlan[]) => slides[1]!.quotes.length;
    expect(perSlide(planEventSlides(eventWithQuotes(25, 60)))).toBeGreaterThan(
      perSlide(planEventSlides(eventWithQuotes(25, 340))),
    );
  });
});

describe('planDeck', () => {
  it('opens with a title slide and ends with every cited article once', () => {
    const briefing = selectFullBriefing(dataset, { ...NO_FILTERS, hiddenOutlets: ['zee'] }, null);
    const deck = planDeck(briefing, GENERATED);
    expect(deck[0]).toMatchObject({
      kind: 'title',
      title: 'India–Canada relations, 2018–2026',
      range: '2018–2026',
      generated: 'Generated 22 Nov 2026',
      counts: '3 events, 4 quotes',
    });
    expect(deck.filter((s) => s.kind === 'event').map((s) => s.eventId)).toEqual(['a', 'b', 'c']);
    const sources = deck.at(-1)!;
    expect(sources.kind).toBe('sources');
    if (sources.kind !== 'sources') return;
    expect(sources.sources).toEqual([
      {
        outlet: 'NDTV',
        citation: '"Headline of NDTV", 9 Feb 2026',
        url: 'https://example.com/ndtv',
        host: 'example.com',
      },
      {
        outlet: 'WION',
        citation: '"Headline of WION", 9 Feb 2026',
        url: 'https://example.com/wion',
        host: 'example.com',
      },
    ]);
  });
});
