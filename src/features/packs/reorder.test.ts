import { describe, expect, it } from 'vitest';
import { dropIndex, keyboardMoveTarget, moveAnnouncement, storedMoveIndex } from './reorder.ts';

/** Three 40px rows from y=100: middles at 120, 160, 200. */
const boxes = [0, 1, 2].map((i) => ({ top: 100 + i * 40, bottom: 140 + i * 40 }));
const alt = (key: string) => ({
  key,
  altKey: true,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
});

describe('dropIndex', () => {
  it('puts an item dragged above everything first', () => {
    expect(dropIndex(boxes, 50, 2)).toBe(0);
  });

  it('puts an item dragged below everything last', () => {
    expect(dropIndex(boxes, 500, 0)).toBe(2);
  });

  it('drops before an item on its top half and after it on its bottom half', () => {
    expect(dropIndex(boxes, 185, 0)).toBe(1);
    expect(dropIndex(boxes, 215, 0)).toBe(2);
    expect(dropIndex(boxes, 125, 2)).toBe(1);
    expect(dropIndex(boxes, 115, 2)).toBe(0);
  });

  it('leaves an item where it is when dropped on itself', () => {
    expect(dropIndex(boxes, 160, 1)).toBe(1);
    expect(dropIndex(boxes, 150, 1)).toBe(1);
  });
});

describe('keyboardMoveTarget', () => {
  it('moves one place up or down with Alt', () => {
    expect(keyboardMoveTarget(alt('ArrowUp'), 2, 3)).toBe(1);
    expect(keyboardMoveTarget(alt('ArrowDown'), 0, 3)).toBe(1);
  });

  it('does nothing at either end', () => {
    expect(keyboardMoveTarget(alt('ArrowUp'), 0, 3)).toBeNull();
    expect(keyboardMoveTarget(alt('ArrowDown'), 2, 3)).toBeNull();
  });

  it('ignores arrows without Alt, with other modifiers, and other keys', () => {
    expect(keyboardMoveTarget({ ...alt('ArrowUp'), altKey: false }, 1, 3)).toBeNull();
    expect(keyboardMoveTarget({ ...alt('ArrowUp'), shiftKey: true }, 1, 3)).toBeNull();
    expect(keyboardMoveTarget({ ...alt('ArrowUp'), ctrlKey: true }, 1, 3)).toBeNull();
    expect(keyboardMoveTarget(alt('ArrowLeft'), 1, 3)).toBeNull();
  });
});

describe('moveAnnouncement', () => {
  it('counts positions from one', () => {
    expect(moveAnnouncement('Summit', 1, 5)).toBe('Moved “Summit” to position 2 of 5');
  });
});

describe('storedMoveIndex', () => {
  const move = (stored: string[], shown: string[], id: string, to: number) => {
    const rest = stored.filter((x) => x !== id);
    rest.splice(storedMoveIndex(stored, shown, id, to), 0, id);
    return rest;
  };

  it('is the shown index when everything is shown', () => {
    const ids = ['a', 'b', 'c', 'd'];
    expect(move(ids, ids, 'd', 1)).toEqual(['a', 'd', 'b', 'c']);
    expect(move(ids, ids, 'a', 3)).toEqual(['b', 'c', 'd', 'a']);
    expect(move(ids, ids, 'b', 0)).toEqual(['b', 'a', 'c', 'd']);
  });

  it('moves past shown neighbours and leaves unshown items beside theirs', () => {
    const stored = ['a', 'gone', 'b', 'c'];
    const shown = ['a', 'b', 'c'];
    expect(move(stored, shown, 'c', 0)).toEqual(['c', 'a', 'gone', 'b']);
    expect(move(stored, shown, 'a', 1)).toEqual(['gone', 'b', 'a', 'c']);
    expect(move(stored, shown, 'a', 2)).toEqual(['gone', 'b', 'c', 'a']);
  });
});
