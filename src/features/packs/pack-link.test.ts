import { describe, expect, it } from 'vitest';
import { decodePack } from '../../briefing/pack.ts';
import { makeDataset } from '../../dataset/dataset-fixture.ts';
import { packLink } from './pack-link.ts';

const dataset = makeDataset();

describe('packLink', () => {
  it('carries the pack alone, and reads back to the same pack', () => {
    const [first, second] = dataset.events;
    const pack = {
      id: 'abc123',
      title: 'Cabinet brief — “reset”',
      items: [
        { eventId: second!.id, note: 'Lead with this' },
        { eventId: first!.id, note: '' },
      ],
    };
    const link = new URL(packLink(pack, { origin: 'https://example.org', pathname: '/timeline/' }));
    expect(link.origin + link.pathname).toBe('https://example.org/timeline/');
    expect([...link.searchParams.keys()]).toEqual(['pack']);
    expect(decodePack(link.searchParams.get('pack')!, dataset)).toEqual(pack);
  });
});
