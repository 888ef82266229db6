/**
 * Locators and expectations the explorer and presentation specs share, written so that they
 * hold for any dataset: the real 18 events, where every event is on the page, and 10,000,
 * where the list keeps only the rows in view and the timeline draws clusters.
 */
import { expect, type Page } from '@playwright/test';
import type { Outlet } from '../src/dataset/schema.ts';
import type { BuiltDataset } from './dataset.ts';

/** Up to this many shown events, every one has its row in the page (see rows-to-render.ts). */
export const ALL_ROWS_UP_TO = 200;
/** Up to this many shown events, every one is drawn on the timeline (see plan-timeline-items.ts). */
export const ALL_ITEMS_UP_TO = 150;

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const list = (page: Page) => page.getByRole('list', { name: 'Events' });
export const details = (page: Page) => page.getByRole('complementary', { name: 'Event details' });
/** The row of an event in the list (rendered only near the view when there are many). */
export const listRow = (page: Page, id: string) => list(page).locator(`[data-event-id="${id}"]`);
export const timelineItem = (page: Page, id: string) =>
  page.locator(`.vis-timeline [data-event-id="${id}"]`);
/** The drawn item (a narrow bar hides its label, so the label itself may have no size). */
export const timelineBar = (page: Page, id: string) =>
  page.locator('.vis-timeline .vis-item', { has: page.locator(`[data-event-id="${id}"]`) });
export const clusters = (page: Page) => page.locator('.vis-timeline .vis-item.cluster');

/** An outlet's checkbox, "NDTV India , 12 events", exactly (another outlet's name may start the same). */
export const outletCheckbox = (page: Page, outlet: Outlet) =>
  page.getByRole('checkbox', {
    name: new RegExp(
      `^${escapeRegExp(outlet.name)}${outlet.country ? ` ${escapeRegExp(outlet.country)}` : ''}\\s?, \\d+ events?$`,
    ),
  });

/** The count above the list, and (when they are all in the page) the rows themselves. */
export async function expectShownCount(
  page: Page,
  dataset: BuiltDataset,
  shown: number,
  timeout?: number,
): Promise<void> {
  const total = dataset.events.length;
  const status = page
    .getByRole('status')
    .filter({ hasText: /^(All \d+ events|\d+ of \d+ events shown)$/ });
  await expect(status).toHaveText(
    shown === total ? `All ${total} events` : `${shown} of ${total} events shown`,
    { timeout },
  );
  if (shown > 0 && shown <= ALL_ROWS_UP_TO) {
    await expect(list(page).getByRole('listitem')).toHaveCount(shown);
  }
}

/** The events each timeline cluster says it holds ("132 events" to a screen reader). */
export async function clusterTotal(page: Page): Promise<number> {
  const texts = await clusters(page)
    .locator('.timeline-cluster .visually-hidden')
    .allTextContents();
  return texts.reduce((n, text) => n + Number(text.split(' ')[0]), 0);
}

/**
 * The timeline shows exactly these events over the whole range: each drawn on its own when
 * they are few, else in clusters whose counts add up to them.
 */
export async function expectTimelineHolds(
  page: Page,
  events: readonly { id: string }[],
  hidden: readonly { id: string }[] = [],
): Promise<void> {
  if (events.length <= ALL_ITEMS_UP_TO) {
    for (const event of events) await expect(timelineItem(page, event.id), event.id).toHaveCount(1);
    for (const event of hidden) await expect(timelineItem(page, event.id), event.id).toHaveCount(0);
  } else {
    await expect(clusters(page).first()).toBeVisible();
    await expect.poll(() => clusterTotal(page)).toBe(events.length);
  }
}

/** The event with the most quotes: for the real data, the Ottawa meeting, with differences. */
export function busiestEvent(dataset: BuiltDataset) {
  return dataset.events.reduce((a, b) => (b.quotes.length > a.quotes.length ? b : a));
}

/** An outlet that alone quotes some events (switching it off hides them). */
export function outletWithOwnEvents(dataset: BuiltDataset): Outlet {
  return dataset.outlets.find((o) => dataset.events.some((e) => e.outletIds.join() === o.id))!;
}
