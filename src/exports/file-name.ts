import { localIsoDay } from './export-text.ts';

const MAX_SLUG_LENGTH = 60;

/** "india-canada-relations-2018-2026-2026-11-22.md": the briefing's title as a slug, and the day. */
export function exportFileName(title: string, extension: string, generatedAt: Date): string {
  return `${slugify(title)}-${localIsoDay(generatedAt)}.${extension}`;
}

/** Lowercase ASCII letters and digits joined by hyphens; "briefing" when nothing is left. */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // accents off their letters
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/^-+|-+$/g, '');
  return slug || 'briefing';
}
