import { describe, expect, it } from 'vitest';
import {
  currentSlideIndex,
  presentationCommandForKey,
  slideIdAfterMove,
} from './slide-navigation.ts';

const slides = ['a', 'b', 'c', 'd'];

describe('currentSlideIndex', () => {
  it('is the selected event’s place in the briefing', () => {
    expect(currentSlideIndex(slides, 'c')).toBe(2);
  });
  it('starts at the first slide when the selection is not in the briefing', () => {
    expect(currentSlideIndex(slides, 'elsewhere')).toBe(0);
    expect(currentSlideIndex(slides, null)).toBe(0);
  });
  it('is -1 for an empty briefing', () => {
    expect(currentSlideIndex([], 'a')).toBe(-1);
  });
});

describe('slideIdAfterMove', () => {
  it('moves one slide forward and back', () => {
    expect(slideIdAfterMove(slides, 1, 'next')).toBe('c');
    expect(slideIdAfterMove(slides, 1, 'previous')).toBe('a');
  });
  it('jumps to the first and last slide', () => {
    expect(slideIdAfterMove(slides, 2, 'first')).toBe('a');
    expect(slideIdAfterMove(slides, 0, 'last')).toBe('d');
  });
  it('stays on the last slide going forward and the first going back', () => {
    expect(slideIdAfterMove(slides, 3, 'next')).toBe('d');
    expect(slideIdAfterMove(slides, 0, 'previous')).toBe('a');
  });
  it('has nowhere to go in an empty briefing', () => {
    expect(slideIdAfterMove([], -1, 'next')).toBeNull();
  });
});

describe('presentationCommandForKey', () => {
  it.each([
    ['ArrowRight', false, 'next'],
    ['ArrowDown', false, 'next'],
    ['PageDown', false, 'next'],
    [' ', false, 'next'],
    ['ArrowLeft', false, 'previous'],
    ['ArrowUp', false, 'previous'],
    ['PageUp', false, 'previous'],
    [' ', true, 'previous'],
    ['Home', false, 'first'],
    ['End', false, 'last'],
    ['Escape', false, 'exit'],
    ['n', false, 'toggle-notes'],
  ] as const)('%j (shift %s) means %s', (key, shift, command) => {
    expect(presentationCommandForKey(key, shift)).toBe(command);
  });
  it('ignores other keys', () => {
    expect(presentationCommandForKey('a', false)).toBeNull();
    expect(presentationCommandForKey('Enter', false)).toBeNull();
  });
});
