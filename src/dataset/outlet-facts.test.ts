import { describe, expect, it } from 'vitest';
import { makeDataset } from './dataset-fixture.ts';
import { selectOutletFacts } from './outlet-facts.ts';

describe('selectOutletFacts', () => {
  it('gives each outlet its articles, event and quote counts, and first and last event', () => {
    const dataset = makeDataset();
    const facts = selectOutletFacts(dataset);
    expect(facts.map((f) => f.outlet.id)).toEqual(['ndtv', 'wion', 'zee']);
    const [ndtv, wion, zee] = facts;
    // ndtv: a (2018) and b (2023); wion: b (2023) and c (2025); zee: d (2026).
    expect([ndtv!.eventCount, ndtv!.firstEvent?.id, ndtv!.lastEvent?.id]).toEqual([2, 'a', 'b']);
    expect([wion!.eventCount, wion!.firstEvent?.id, wion!.lastEvent?.id]).toEqual([2, 'b', 'c']);
    expect([zee!.eventCount, zee!.firstEvent?.id, zee!.lastEvent?.id]).toEqual([1, 'd', 'd']);
    expect(facts.map((f) => f.quoteCount)).toEqual([2, 2, 1]);
    expect(zee!.articles.map((a) => a.id)).toEqual(['zee-article']);
  });

  it('orders articles oldest first and leaves an outlet without events empty-handed', () => {
    const dataset = makeDataset();
    const [first] = dataset.articles;
    dataset.articles.push(
      { ...first!, id: 'ndtv-later', published: { date: '2026-03', precision: 'month' } },
      { ...first!, id: 'ndtv-earlier', published: { date: '2025', precision: 'year' } },
    );
    dataset.outlets.push({ ...dataset.outlets[0]!, id: 'silent-outlet', name: 'Silent' });
    const facts = selectOutletFacts(dataset);
    expect(facts[0]!.articles.map((a) => a.id)).toEqual([
      'ndtv-earlier',
      'ndtv-article',
      'ndtv-later',
    ]);
    const silent = facts.find((f) => f.outlet.id === 'silent-outlet')!;
    expect(silent).toMatchObject({
      eventCount: 0,
      quoteCount: 0,
      firstEvent: null,
      lastEvent: null,
    });
    expect(silent.articles).toEqual([]);
  });
});
