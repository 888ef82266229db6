/**
 * Events and eras → the items vis-timeline draws. Pure: the only DOM touched is the
 * `Document` passed in, and every piece of data reaches the page as text
 * (`textContent`), never as HTML, so a title can never become markup.
 */
import type { Dataset, Era, Theme, TimelineEvent } from '../../dataset/schema.ts';
import { selectIndex } from '../../dataset/selectors.ts';
import { DIFFERENCES_MARK, DIFFERENCES_TEXT } from '../../lib/differences-mark.ts';
import { formatEventDate } from '../../lib/format-date.ts';
import { addDays, dayToDate } from './timeline-window.ts';

/** The item shape we give vis-timeline (its own declarations type `content` as a string only). */
export interface VisItem {
  id: string;
  type: 'box' | 'range' | 'background';
  start: Date;
  /** Exclusive; absent for a single day. */
  end?: Date;
  content: HTMLElement;
  /** Boxes only: which side of the box sits on the date. */
  align?: 'left' | 'right';
  className: string;
  /** Plain text for the tooltip (drawn as text, see `buildTooltipContent`). */
  title?: string;
  style?: string;
  selectable?: boolean;
}

export const ERA_ID_PREFIX = 'era:';

const COLOUR = /^#[0-9a-fA-F]{6}$/;

/**
 * Labels run right from an event's start, except in the last stretch of the range,
 * where that would run them off the end of the timeline: there a box's label runs left
 * and a range keeps its label inside its bar.
 */
export const NEAR_END_FRACTION = 0.2;

export interface ItemContext {
  themesById: ReadonlyMap<string, Theme>;
  /** The dataset's range, inclusive days. */
  range: { start: string; end: string };
  document: Document;
}

/** One event. Single days are boxes; every span and every imprecise date is a range. */
export function eventToItem(event: TimelineEvent, context: ItemContext): VisItem {
  const { date } = event;
  const isSingleDay = date.precision === 'day' && date.start === date.end;
  const firstTheme = event.themes[0];
  const colour = firstTheme === undefined ? undefined : context.themesById.get(firstTheme)?.colour;
  const nearEnd = isNearEnd(date.start, context.range);
  const classNames = ['event'];
  if (!isSingleDay) classNames.push(date.precision === 'day' ? 'is-span' : 'is-imprecise');
  if (event.status === 'expected') classNames.push('is-expected');
  if (event.differenceCount > 0) classNames.push('has-differences');
  if (nearEnd) classNames.push('is-near-end');
  if (firstTheme !== undefined) classNames.push(`theme-${firstTheme}`);

  const item: VisItem = {
    id: event.id,
    type: isSingleDay ? 'box' : 'range',
    start: dayToDate(date.start),
    content: buildItemContent(event, context.document),
    className: classNames.join(' '),
    title: itemTitle(event),
  };
  if (isSingleDay) item.align = nearEnd ? 'right' : 'left';
  else item.end = addDays(dayToDate(date.end), 1);
  // The schema already insists on #RRGGBB; checked again because this string becomes CSS.
  if (colour !== undefined && COLOUR.test(colour)) item.style = `--item-colour: ${colour};`;
  return item;
}

function isNearEnd(day: string, range: { start: string; end: string }): boolean {
  const start = dayToDate(range.start).getTime();
  const end = addDays(dayToDate(range.end), 1).getTime();
  return dayToDate(day).getTime() >= end - (end - start) * NEAR_END_FRACTION;
}

/**
 * "Title\n7 Feb 2026\nReported by 4 outlets · outlets differ" (plus "Expected"): the
 * tooltip, as plain text.
 */
export function itemTitle(event: TimelineEvent): string {
  const when = formatEventDate(event.date);
  const reported = `Reported by ${outletCountText(event.outletIds.length)}`;
  return [
    event.title,
    event.status === 'expected' ? `Expected · ${when}` : when,
    event.differenceCount > 0 ? `${reported} · ${DIFFERENCES_TEXT}` : reported,
  ].join('\n');
}

/**
 * The label inside an event's item: its title, an "Expected" tag, a "≠" where outlets
 * differ, and how many outlets reported it.
 */
export function buildItemContent(event: TimelineEvent, doc: Document): HTMLElement {
  const root = doc.createElement('span');
  root.className = 'timeline-item';
  root.dataset.eventId = event.id;

  const title = doc.createElement('span');
  title.className = 'timeline-item-title';
  title.textContent = event.title;
  root.append(title);

  if (event.status === 'expected') {
    const tag = doc.createElement('span');
    tag.className = 'timeline-item-tag';
    tag.textContent = 'Expected';
    root.append(' ', tag);
  }

  if (event.differenceCount > 0) {
    const differs = doc.createElement('span');
    differs.className = 'timeline-item-differs';
    const mark = doc.createElement('span');
    mark.setAttribute('aria-hidden', 'true');
    mark.textContent = DIFFERENCES_MARK;
    const words = doc.createElement('span');
    words.className = 'visually-hidden';
    words.textContent = DIFFERENCES_TEXT;
    differs.append(mark, words);
    root.append(' ', differs);
  }

  const count = event.outletIds.length;
  const badge = doc.createElement('span');
  badge.className = 'timeline-item-outlets';
  const digits = doc.createElement('span');
  digits.setAttribute('aria-hidden', 'true');
  digits.textContent = String(count);
  const words = doc.createElement('span');
  words.className = 'visually-hidden';
  words.textContent = outletCountText(count);
  badge.append(digits, words);
  root.append(' ', badge);
  return root;
}

export function outletCountText(count: number): string {
  return `${count} ${count === 1 ? 'outlet' : 'outlets'}`;
}

/** An era as a shaded band behind the events; alternate eras are shaded differently. */
export function eraToBackgroundItem(era: Era, index: number, doc: Document): VisItem {
  const label = doc.createElement('span');
  label.className = 'timeline-era-label';
  label.textContent = era.label;
  if (era.description) label.title = era.description;
  return {
    id: `${ERA_ID_PREFIX}${era.id}`,
    type: 'background',
    start: dayToDate(era.start),
    end: addDays(dayToDate(era.end), 1),
    content: label,
    className: `era era-${index % 2 === 0 ? 'even' : 'odd'}`,
    selectable: false,
  };
}

/** Every item of the dataset: the eras, then the events. */
export function buildTimelineItems(dataset: Dataset, doc: Document): VisItem[] {
  const context = {
    themesById: selectIndex(dataset).themesById,
    range: dataset.range,
    document: doc,
  };
  return [
    ...dataset.eras.map((era, i) => eraToBackgroundItem(era, i, doc)),
    ...dataset.events.map((event) => eventToItem(event, context)),
  ];
}

/** The tooltip element: the item's plain-text title, kept as text. */
export function buildTooltipContent(title: string, doc: Document): HTMLElement {
  const tooltip = doc.createElement('div');
  tooltip.className = 'timeline-tooltip';
  tooltip.textContent = title;
  return tooltip;
}
