import { describe, expect, it } from 'vitest';
import { selectIndex } from '../../dataset/selectors.ts';
import { splitFixture } from '../../dataset/dataset-fixture.ts';
import { makeDetailsDataset } from './event-details-fixture.ts';
import { groupDifferenceQuotes } from './group-difference-quotes.ts';

const { dataset, events } = splitFixture(makeDetailsDataset());
const event = events[0]!;
const difference = event.differences[0]!;
const index = selectIndex(dataset);
const ids = (quotes: { quote: { id: string } }[]) => quotes.map((q) => q.quote.id);

describe('groupDifferenceQuotes', () => {
  it('gives each position its label and its quotes, in the order listed, with outlet and article', () => {
    const [workPlan, pact] = groupDifferenceQuotes(difference, event, index, []);
    expect(workPlan!.label).toBe('A shared work plan');
    expect(ids(workPlan!.shown)).toEqual(['wion-plan', 'ndtv-late-a']);
    expect(workPlan!.shown.map((q) => q.outlet.name)).toEqual(['WION', 'NDTV']);
    expect(workPlan!.shown.map((q) => q.article.id)).toEqual(['wion-report', 'ndtv-late']);
    expect(workPlan!.hidden).toEqual([]);
    expect(pact!.label).toBe('A security pact');
    expect(ids(pact!.shown)).toEqual(['zee-pact']);
  });

  it('folds the quotes of hidden outlets apart, position by position', () => {
    const [workPlan, pact] = groupDifferenceQuotes(difference, event, index, ['ndtv', 'zee']);
    expect(ids(workPlan!.shown)).toEqual(['wion-plan']);
    expect(ids(workPlan!.hidden)).toEqual(['ndtv-late-a']);
    expect(ids(pact!.shown)).toEqual([]);
    expect(ids(pact!.hidden)).toEqual(['zee-pact']);
  });

  it('skips quote ids the event does not have', () => {
    const odd = { ...difference, positions: [{ label: 'x', quoteIds: ['no-such-quote'] }] };
    expect(groupDifferenceQuotes(odd, event, index, [])).toEqual([
      { label: 'x', shown: [], hidden: [] },
    ]);
  });
});
