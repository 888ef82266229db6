import { DEFAULT_PACK_TITLE } from '../../briefing/pack.ts';

/** A title for a new pack that no pack has yet: "Briefing pack", then "Briefing pack 2", … */
export function newPackTitle(existingTitles: readonly string[]): string {
  const taken = new Set(existingTitles.map((t) => t.trim()));
  if (!taken.has(DEFAULT_PACK_TITLE)) return DEFAULT_PACK_TITLE;
  let n = 2;
  while (taken.has(`${DEFAULT_PACK_TITLE} ${n}`)) n += 1;
  return `${DEFAULT_PACK_TITLE} ${n}`;
}
