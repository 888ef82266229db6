import { describe, expect, it } from 'vitest';
import { exportFileName, slugify } from './file-name.ts';

describe('exportFileName', () => {
  it('joins the slug of the title and the local day', () => {
    expect(
      exportFileName('India–Canada relations, 2018–2026', 'md', new Date(2026, 10, 22, 23, 59)),
    ).toBe('india-canada-relations-2018-2026-2026-11-22.md');
  });
});

describe('slugify', () => {
  it('drops accents and punctuation, and falls back when nothing is left', () => {
    expect(slugify('  Carney à Montréal: “reset”! ')).toBe('carney-a-montreal-reset');
    expect(slugify('“”')).toBe('briefing');
  });

  it('keeps names short', () => {
    expect(slugify('word '.repeat(40)).length).toBeLessThanOrEqual(60);
    expect(slugify('word '.repeat(40)).endsWith('-')).toBe(false);
  });
});
