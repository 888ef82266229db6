import { describe, expect, it } from 'vitest';
import { DEFAULT_PACK_TITLE } from '../../briefing/pack.ts';
import { newPackTitle } from './pack-naming.ts';

describe('newPackTitle', () => {
  it('uses the default title while it is free', () => {
    expect(newPackTitle([])).toBe(DEFAULT_PACK_TITLE);
    expect(newPackTitle(['Cabinet brief'])).toBe(DEFAULT_PACK_TITLE);
  });

  it('numbers the next one after the titles taken', () => {
    expect(newPackTitle([DEFAULT_PACK_TITLE])).toBe(`${DEFAULT_PACK_TITLE} 2`);
    expect(newPackTitle([DEFAULT_PACK_TITLE, `${DEFAULT_PACK_TITLE} 2`])).toBe(
      `${DEFAULT_PACK_TITLE} 3`,
    );
  });
});
