import { describe, expect, it } from 'vitest';
import { makeDetailsDataset } from './event-details-fixture.ts';
import { outletsBackingPosition } from './outlets-backing-position.ts';

describe('outletsBackingPosition', () => {
  it('names each backing outlet once, in dataset outlet order', () => {
    const dataset = makeDetailsDataset();
    const event = dataset.events[0]!;
    const [workPlan, pact] = event.differences[0]!.positions;
    expect(outletsBackingPosition(workPlan!, event, dataset.outlets).map((o) => o.name)).toEqual([
      'NDTV',
      'WION',
    ]);
    expect(outletsBackingPosition(pact!, event, dataset.outlets).map((o) => o.name)).toEqual([
      'Zee News',
    ]);
  });

  it('ignores quote ids the event does not have', () => {
    const dataset = makeDetailsDataset();
    const position = { label: 'x', quoteIds: ['no-such-quote'] };
    expect(outletsBackingPosition(position, dataset.events[0]!, dataset.outlets)).toEqual([]);
  });
});
