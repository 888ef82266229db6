// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import {
  activePack,
  isInActivePack,
  PACK_STORAGE_KEY,
  resetPackStore,
  usePackStore,
} from './pack-store.ts';

const store = () => usePackStore.getState();
const itemIds = () => activePack(store())!.items.map((i) => i.eventId);

describe('pack store', () => {
  beforeEach(() => {
    localStorage.clear();
    resetPackStore();
  });

  it('starring creates a pack, adds in order and unstarring removes', () => {
    store().toggleStar('a');
    store().toggleStar('b');
    store().toggleStar('c');
    expect(itemIds()).toEqual(['a', 'b', 'c']);
    store().toggleStar('b');
    expect(itemIds()).toEqual(['a', 'c']);
    expect(store().packs).toHaveLength(1);
  });

  it('moves items and keeps notes with them', () => {
    for (const id of ['a', 'b', 'c']) store().toggleStar(id);
    store().setNote('c', 'lead with this');
    store().moveItem('c', 0);
    expect(itemIds()).toEqual(['c', 'a', 'b']);
    store().moveItem('c', 99);
    expect(itemIds()).toEqual(['a', 'b', 'c']);
    expect(activePack(store())!.items[2]!.note).toBe('lead with this');
  });

  it('keeps packs in localStorage', () => {
    store().toggleStar('a');
    store().renamePack('Cabinet brief');
    const saved = JSON.parse(localStorage.getItem(PACK_STORAGE_KEY)!);
    expect(saved.state.packs[0].title).toBe('Cabinet brief');
    expect(saved.state.packs[0].items).toEqual([{ eventId: 'a', note: '' }]);
  });

  it('imports a linked pack without overwriting a different local copy', () => {
    store().toggleStar('a');
    const own = activePack(store())!;
    const linked = { ...own, items: [{ eventId: 'b', note: '' }] };
    const keptAs = store().importPack(linked);
    expect(keptAs).not.toBe(own.id);
    expect(store().packs).toHaveLength(2);
    expect(store().importPack(linked)).toBe(keptAs);
    expect(store().packs).toHaveLength(2);
    expect(activePack(store())!.items).toEqual(linked.items);
  });

  it('says whether an event is in the active pack, not in another one', () => {
    store().toggleStar('a');
    expect(isInActivePack(store(), 'a')).toBe(true);
    store().createPack('Second');
    expect(isInActivePack(store(), 'a')).toBe(false);
    store().toggleStar('b');
    expect(isInActivePack(store(), 'b')).toBe(true);
  });
});
