/**
 * A briefing pack: an ordered list of events with a speaker note each, under a title.
 * Packs live in localStorage (see pack-store.ts) and travel in links as `?pack=<code>`,
 * where the code is base64url-encoded JSON. Decoding never fails loudly: a malformed
 * code gives null, unknown events are dropped, over-long text is cut.
 */
import type { Dataset } from '../dataset/schema.ts';

export const MAX_PACK_TITLE_LENGTH = 120;
export const MAX_NOTE_LENGTH = 1000;
export const MAX_PACK_ITEMS = 500;
export const DEFAULT_PACK_TITLE = 'Briefing pack';

export interface PackItem {
  eventId: string;
  /** The speaker's note for this event; '' for none. */
  note: string;
}

export interface Pack {
  id: string;
  title: string;
  items: PackItem[];
}

/** The wire form: short keys keep links short. */
interface Wire {
  v: 1;
  id: string;
  t: string;
  i: [string, string][];
}

const isString = (x: unknown): x is string => typeof x === 'string';

function parseWire(json: unknown): Wire | null {
  if (typeof json !== 'object' || json === null) return null;
  const { v, id, t, i } = json as Record<string, unknown>;
  if (v !== 1 || !isString(id) || id.length < 1 || id.length > 64 || !isString(t)) return null;
  if (!Array.isArray(i) || i.length > MAX_PACK_ITEMS * 4) return null;
  const ok = i.every((e) => Array.isArray(e) && e.length === 2 && isString(e[0]) && isString(e[1]));
  return ok ? { v, id, t, i: i as [string, string][] } : null;
}

export function encodePack(pack: Pack): string {
  const wire: Wire = {
    v: 1,
    id: pack.id,
    t: pack.title,
    i: pack.items.map((item) => [item.eventId, item.note]),
  };
  return toBase64Url(JSON.stringify(wire));
}

/** The pack in `code`, keeping only events the dataset has; null when the code is unreadable. */
export function decodePack(code: string, dataset: Dataset): Pack | null {
  let json: unknown;
  try {
    json = JSON.parse(fromBase64Url(code));
  } catch {
    return null;
  }
  const wire = parseWire(json);
  if (!wire) return null;
  const parsed = { data: wire };
  const known = new Set(dataset.events.map((e) => e.id));
  const seen = new Set<string>();
  const items: PackItem[] = [];
  for (const [eventId, note] of parsed.data.i) {
    if (!known.has(eventId) || seen.has(eventId) || items.length >= MAX_PACK_ITEMS) continue;
    seen.add(eventId);
    items.push({ eventId, note: note.slice(0, MAX_NOTE_LENGTH) });
  }
  return {
    id: parsed.data.id,
    title: parsed.data.t.slice(0, MAX_PACK_TITLE_LENGTH).trim() || DEFAULT_PACK_TITLE,
    items,
  };
}

export function samePackContent(a: Pack, b: Pack): boolean {
  return (
    a.title === b.title &&
    a.items.length === b.items.length &&
    a.items.every(
      (item, i) => item.eventId === b.items[i]?.eventId && item.note === b.items[i]?.note,
    )
  );
}

/** A short random id; packs are only compared within one browser's storage. */
export function newPackId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Throws on anything that is not base64url of UTF-8. */
function fromBase64Url(code: string): string {
  if (!/^[A-Za-z0-9_-]*$/.test(code)) throw new Error('not base64url');
  const binary = atob(code.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}
