/**
 * The dataset's events as plain vis-timeline items, the way a page using vis-timeline with
 * default options would give them: the same events our app shows, nothing of ours.
 * Pure, so it runs both in the bare page and in unit tests.
 */

/** The fields of an event (index summary or full event) the bare page needs. */
export interface BareEvent {
  id: string;
  title: string;
  date: { start: string; end: string };
  outletIds: readonly string[];
}

export interface BareItem {
  id: string;
  /** The title, HTML-escaped: vis-timeline reads string content as HTML. */
  content: string;
  type: 'box' | 'range';
  start: string;
  /** Exclusive, for ranges: the day after the event's last day. */
  end?: string;
  outletIds: readonly string[];
}

/** Single-day events are boxes at their day; everything else spans its days. */
export function bareItems(events: readonly BareEvent[]): BareItem[] {
  return events.map((event) => {
    const { start, end } = event.date;
    const base = { id: event.id, content: escapeHtml(event.title), outletIds: event.outletIds };
    return start === end
      ? { ...base, type: 'box', start }
      : { ...base, type: 'range', start, end: nextDay(end) };
  });
}

/** The items that show while these outlets are hidden: those some shown outlet reported. */
export function isShown(item: BareItem, hidden: ReadonlySet<string>): boolean {
  return item.outletIds.some((id) => !hidden.has(id));
}

/** `YYYY-MM-DD` → the next day, same form. */
export function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}
