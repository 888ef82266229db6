/**
 * Events and eras → the items vis-timeline draws. Pure: the only DOM touched is the
 * `Document` passed in, and every piece of data reaches the page as text
 * (`textContent`), never as HTML, so a title can never become markup.
 */
import type { Dataset, Era, Theme, TimelineEvent } from '../../dataset/schema.ts';
import { DIFFERENCES_MARK, DIFFERENCES_TEXT } from '../../lib/differences-mark.ts';
import { formatEventDate } from '../../lib/format-date.ts';
import { CLUSTER_INSET, type PlannedCluster } from './plan-timeline-items.ts';
import { addDays, dateToDay, dayToDate } from './timeline-window.ts';

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

/** The eras' background bands. */
export function buildEraItems(dataset: Dataset, doc: Document): VisItem[] {
  return dataset.eras.map((era, i) => eraToBackgroundItem(era, i, doc));
}

/** What `eventToItem` needs to know of the dataset. */
export function itemContext(dataset: Dataset, doc: Document): ItemContext {
  return {
    themesById: new Map(dataset.themes.map((t) => [t.id, t])),
    range: dataset.range,
    document: doc,
  };
}

/**
 * Many events of one period as one bar, labelled with their count and shaded by density
 * (`density-1` … `density-4`). Not selectable: a click on it zooms in (see the adapter).
 * The bar leaves `CLUSTER_INSET` of its period free at each end, so neighbours never
 * touch and vis-timeline keeps them in one row.
 */
export function clusterToItem(cluster: PlannedCluster, doc: Document): VisItem {
  const { start, end } = cluster.period;
  const inset = (end - start) * CLUSTER_INSET;
  // Seen: "1.1k events" (the word goes where the bar is narrow); heard: "1132 events".
  const root = doc.createElement('span');
  root.className = 'timeline-cluster';
  const seen = doc.createElement('span');
  seen.setAttribute('aria-hidden', 'true');
  const unit = doc.createElement('span');
  unit.className = 'timeline-cluster-unit';
  unit.textContent = cluster.count === 1 ? ' event' : ' events';
  seen.append(compactCount(cluster.count), unit);
  const heard = doc.createElement('span');
  heard.className = 'visually-hidden';
  heard.textContent = eventCountText(cluster.count);
  root.append(seen, heard);
  return {
    id: cluster.id,
    type: 'range',
    start: new Date(start + inset),
    end: new Date(end - inset),
    content: root,
    className: `cluster density-${cluster.density}`,
    title: clusterTitle(cluster),
    selectable: false,
  };
}

/** "132 events · Mar 2024 · click to zoom in": the cluster's tooltip, as plain text. */
export function clusterTitle(cluster: PlannedCluster): string {
  return `${eventCountText(cluster.count)} · ${periodLabel(cluster)} · click to zoom in`;
}

/** "5 Mar 2024", "4–10 Mar 2024" (a week), "Mar 2024", "Jan–Mar 2024", "2024". */
export function periodLabel(cluster: Pick<PlannedCluster, 'unit' | 'period'>): string {
  const first = dateToDay(new Date(cluster.period.start));
  const last = dateToDay(new Date(cluster.period.end - 1));
  const precision =
    cluster.unit === 'day' || cluster.unit === 'week'
      ? 'day'
      : cluster.unit === 'year'
        ? 'year'
        : 'month';
  return formatEventDate({ start: first, end: last, precision, label: null });
}

/** 7, 132, 1.2k, 12k: a count that fits a bar 38 px wide (the exact count is in the tooltip). */
export function compactCount(count: number): string {
  if (count < 1000) return String(count);
  if (count < 10_000) return `${(Math.floor(count / 100) / 10).toFixed(1).replace(/\.0$/, '')}k`;
  return `${Math.floor(count / 1000)}k`;
}

function eventCountText(count: number): string {
  return `${count} ${count === 1 ? 'event' : 'events'}`;
}

/** The tooltip element: the item's plain-text title, kept as text. */
export function buildTooltipContent(title: string, doc: Document): HTMLElement {
  const tooltip = doc.createElement('div');
  tooltip.className = 'timeline-tooltip';
  tooltip.textContent = title;
  return tooltip;
}
