import { describe, expect, it } from 'vitest';
import { makeDataset } from '../dataset/dataset-fixture.ts';
import { decodePack, encodePack, MAX_NOTE_LENGTH, type Pack } from './pack.ts';

const dataset = makeDataset();

describe('pack codes', () => {
  it('round-trip a pack with unicode, quotes and markup in its text', () => {
    const pack: Pack = {
      id: 'abc123',
      title: 'India–Canada: “reset” <b>brief</b> 🇮🇳🇨🇦',
      items: [
        { eventId: 'b', note: 'Line one\nline two & "three"' },
        { eventId: 'a', note: '' },
      ],
    };
    expect(decodePack(encodePack(pack), dataset)).toEqual(pack);
  });

  it('drop unknown and repeated events and cut over-long notes', () => {
    const code = encodePack({
      id: 'x',
      title: '   ',
      items: [
        { eventId: 'a', note: 'n'.repeat(MAX_NOTE_LENGTH + 50) },
        { eventId: 'gone', note: 'kept nowhere' },
        { eventId: 'a', note: 'again' },
      ],
    });
    const pack = decodePack(code, dataset)!;
    expect(pack.title).toBe('Briefing pack');
    expect(pack.items.map((i) => i.eventId)).toEqual(['a']);
    expect(pack.items[0]!.note).toHaveLength(MAX_NOTE_LENGTH);
  });

  it('give null for anything that is not a pack code', () => {
    for (const code of [
      '',
      '===',
      'not base64!',
      btoa('[]'),
      btoa('{"v":1,"id":"","t":"","i":[]}'),
    ]) {
      expect(decodePack(code, dataset)).toBeNull();
    }
  });
});
