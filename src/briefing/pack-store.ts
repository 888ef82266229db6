/**
 * The reader's briefing packs, kept in localStorage. One pack is active: starring an event
 * adds it to (or removes it from) the active pack, creating one when there is none.
 */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import {
  DEFAULT_PACK_TITLE,
  MAX_NOTE_LENGTH,
  MAX_PACK_ITEMS,
  MAX_PACK_TITLE_LENGTH,
  newPackId,
  samePackContent,
  type Pack,
} from './pack.ts';

export const PACK_STORAGE_KEY = 'relations-timeline:packs';

/** What localStorage holds; anything else there (hand-edited, older, corrupt) is ignored. */
function parseStored(stored: unknown): Pick<PackState, 'packs' | 'activePackId'> | null {
  if (typeof stored !== 'object' || stored === null) return null;
  const { packs, activePackId } = stored as Record<string, unknown>;
  if (!Array.isArray(packs) || !(activePackId === null || typeof activePackId === 'string'))
    return null;
  const out: Pack[] = [];
  for (const p of packs as unknown[]) {
    if (typeof p !== 'object' || p === null) return null;
    const { id, title, items } = p as Record<string, unknown>;
    if (typeof id !== 'string' || id.length < 1 || typeof title !== 'string') return null;
    if (!Array.isArray(items)) return null;
    const kept: Pack['items'] = [];
    for (const item of items as unknown[]) {
      if (typeof item !== 'object' || item === null) return null;
      const { eventId, note } = item as Record<string, unknown>;
      if (typeof eventId !== 'string' || typeof note !== 'string') return null;
      kept.push({ eventId, note });
    }
    out.push({ id, title, items: kept });
  }
  return { packs: out, activePackId };
}

export interface PackState {
  packs: Pack[];
  activePackId: string | null;
  /** Adds `eventId` to the active pack, or removes it when it is there. */
  toggleStar: (eventId: string) => void;
  /** Moves the active pack's item for `eventId` to position `toIndex`. */
  moveItem: (eventId: string, toIndex: number) => void;
  setNote: (eventId: string, note: string) => void;
  renamePack: (title: string) => void;
  createPack: (title?: string) => string;
  deletePack: (id: string) => void;
  setActivePack: (id: string) => void;
  /** Keeps a pack from a link and makes it active; returns the id it is kept under. */
  importPack: (pack: Pack) => string;
}

function updateActive(state: PackState, change: (pack: Pack) => Pack): Partial<PackState> {
  return {
    packs: state.packs.map((p) => (p.id === state.activePackId ? change(p) : p)),
  };
}

export const usePackStore = create<PackState>()(
  persist(
    (set, get) => ({
      packs: [],
      activePackId: null,
      toggleStar: (eventId) => {
        if (!activePack(get())) get().createPack();
        set((s) =>
          updateActive(s, (p) =>
            p.items.some((i) => i.eventId === eventId)
              ? { ...p, items: p.items.filter((i) => i.eventId !== eventId) }
              : p.items.length >= MAX_PACK_ITEMS
                ? p
                : { ...p, items: [...p.items, { eventId, note: '' }] },
          ),
        );
      },
      moveItem: (eventId, toIndex) =>
        set((s) =>
          updateActive(s, (p) => {
            const from = p.items.findIndex((i) => i.eventId === eventId);
            if (from === -1) return p;
            const items = [...p.items];
            const [item] = items.splice(from, 1);
            const to = Math.max(0, Math.min(items.length, toIndex));
            items.splice(to, 0, item!);
            return { ...p, items };
          }),
        ),
      setNote: (eventId, note) =>
        set((s) =>
          updateActive(s, (p) => ({
            ...p,
            items: p.items.map((i) =>
              i.eventId === eventId ? { ...i, note: note.slice(0, MAX_NOTE_LENGTH) } : i,
            ),
          })),
        ),
      renamePack: (title) =>
        set((s) =>
          updateActive(s, (p) => ({ ...p, title: title.slice(0, MAX_PACK_TITLE_LENGTH) })),
        ),
      createPack: (title = DEFAULT_PACK_TITLE) => {
        const pack: Pack = { id: newPackId(), title, items: [] };
        set((s) => ({ packs: [...s.packs, pack], activePackId: pack.id }));
        return pack.id;
      },
      deletePack: (id) =>
        set((s) => {
          const packs = s.packs.filter((p) => p.id !== id);
          const activePackId = s.activePackId === id ? (packs.at(-1)?.id ?? null) : s.activePackId;
          return { packs, activePackId };
        }),
      setActivePack: (id) =>
        set((s) => (s.packs.some((p) => p.id === id) ? { activePackId: id } : {})),
      importPack: (pack) => {
        const state = get();
        const sameId = state.packs.find((p) => p.id === pack.id);
        if (sameId && samePackContent(sameId, pack)) {
          set({ activePackId: sameId.id });
          return sameId.id;
        }
        const identical = state.packs.find((p) => samePackContent(p, pack));
        if (identical) {
          set({ activePackId: identical.id });
          return identical.id;
        }
        // Never overwrite the reader's own edits with a link's older copy.
        const kept = sameId ? { ...pack, id: newPackId() } : pack;
        set((s) => ({ packs: [...s.packs, kept], activePackId: kept.id }));
        return kept.id;
      },
    }),
    {
      name: PACK_STORAGE_KEY,
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (s) => ({ packs: s.packs, activePackId: s.activePackId }),
      merge: (stored, current) => {
        const parsed = parseStored(stored);
        return parsed ? { ...current, ...parsed } : current;
      },
    },
  ),
);

export function activePack(state: Pick<PackState, 'packs' | 'activePackId'>): Pack | null {
  return state.packs.find((p) => p.id === state.activePackId) ?? null;
}

/** True when `eventId` is in the active pack (what the star and the list marker show). */
export function isInActivePack(
  state: Pick<PackState, 'packs' | 'activePackId'>,
  eventId: string,
): boolean {
  return activePack(state)?.items.some((i) => i.eventId === eventId) ?? false;
}

/** For tests: no packs. */
export function resetPackStore(): void {
  usePackStore.setState({ packs: [], activePackId: null });
}
