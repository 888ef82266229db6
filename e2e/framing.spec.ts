import { expect, test, type Page } from '@playwright/test';
import type { EventDate, FullEvent as TimelineEvent } from '../src/dataset/schema.ts';
import { loadBuiltDataset } from './dataset.ts';

const dataset = loadBuiltDataset();
const outletName = (id: string) => dataset.outlets.find((o) => o.id === id)!.name;
const details = (page: Page) => page.getByRole('complementary', { name: 'Event details' });
const list = (page: Page) => page.getByRole('list', { name: 'Events' });
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The meeting the issue names: what the advisers agreed in Ottawa, by outlet. */
const MEETING = dataset.events.find((e) => e.id === '2026-02-07-doval-drouin-meeting')!;
const AGREED = MEETING.differences.find((d) => d.label === 'What was agreed')!;
const quoteById = (event: TimelineEvent, id: string) => event.quotes.find((q) => q.id === id)!;
const positionQuotes = (position: { quoteIds: string[] }) =>
  position.quoteIds.map((id) => quoteById(MEETING, id));

const WITH_DIFFERENCES = dataset.events.filter((e) => e.differences.length > 0);

/** The stretch of time an event belongs to, computed here independently of the app. */
function period(date: EventDate): { start: string; end: string } {
  if (date.precision === 'approx') return { start: date.start, end: date.end };
  if (date.precision === 'year') {
    return { start: `${date.start.slice(0, 4)}-01-01`, end: `${date.end.slice(0, 4)}-12-31` };
  }
  const [y, m] = date.end.split('-').map(Number) as [number, number];
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { start: `${date.start.slice(0, 7)}-01`, end: `${date.end.slice(0, 7)}-${lastDay}` };
}

/** Outlets that quote another event overlapping this one's period, but not this one. */
function silentOutletNames(event: TimelineEvent): string[] {
  const p = period(event.date);
  const others = dataset.events.filter(
    (o) => o.id !== event.id && o.date.start <= p.end && p.start <= o.date.end,
  );
  return dataset.outlets
    .filter((outlet) => !event.outletIds.includes(outlet.id))
    .filter((outlet) => others.some((o) => o.outletIds.includes(outlet.id)))
    .map((outlet) => outlet.name);
}

async function openEvent(page: Page, event: TimelineEvent) {
  await list(page)
    .getByRole('button', { name: new RegExp(escape(event.title)) })
    .click();
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(event.title);
}

test('the meeting shows what was agreed as positions side by side, each with its verbatim quotes', async ({
  page,
}) => {
  await page.goto('./');
  await openEvent(page, MEETING);
  const difference = details(page).getByRole('group', { name: AGREED.label, exact: true });
  await expect(difference).toContainText(AGREED.note.replace(/\s+/g, ' '));

  const boxes = [];
  for (const position of AGREED.positions) {
    const box = difference.getByRole('group', { name: position.label, exact: true });
    const quotes = positionQuotes(position);
    await expect(box.locator('blockquote')).toHaveText(quotes.map((q) => q.text));
    await expect(box.getByRole('listitem')).toHaveText(
      quotes.map((q) => `${outletName(q.outletId)}${q.text}`),
    );
    boxes.push((await box.boundingBox())!);
  }
  // Side by side at 1280×800: one row, left to right.
  for (let i = 1; i < boxes.length; i++) {
    expect(Math.abs(boxes[i]!.y - boxes[0]!.y)).toBeLessThan(2);
    expect(boxes[i]!.x).toBeGreaterThanOrEqual(boxes[i - 1]!.x + boxes[i - 1]!.width);
  }

  // The acceptance test of the issue: "shared work plan" on one side, a pact or deal on another.
  const workPlan = AGREED.positions.find((p) =>
    positionQuotes(p).every((q) => /shared work ?plan/i.test(q.text)),
  );
  const pact = AGREED.positions.find(
    (p) => p !== workPlan && positionQuotes(p).some((q) => /\b(pact|deals?)\b/i.test(q.text)),
  );
  expect(workPlan, 'a position of "shared work plan" quotes').toBeDefined();
  expect(pact, 'another position with pact or deal wording').toBeDefined();
  await expect(difference.getByRole('group', { name: workPlan!.label })).toContainText(
    /shared work ?plan/i,
  );
  await expect(difference.getByRole('group', { name: pact!.label })).toContainText(
    /\b(pact|deals?)\b/i,
  );
});

test('switching an outlet off folds its quotes in a difference', async ({ page }) => {
  const position = AGREED.positions.find((p) =>
    positionQuotes(p).some((q) => positionQuotes(p)[0]!.outletId !== q.outletId),
  )!;
  const hidden = positionQuotes(position)[0]!.outletId;
  const stays = positionQuotes(position).filter((q) => q.outletId !== hidden);
  const folded = positionQuotes(position).filter((q) => q.outletId === hidden);

  await page.goto('./');
  await page
    .getByRole('checkbox', { name: new RegExp(`^${escape(outletName(hidden))}`) })
    .uncheck();
  await openEvent(page, MEETING);
  const box = details(page)
    .getByRole('group', { name: AGREED.label, exact: true })
    .getByRole('group', { name: position.label, exact: true });
  await expect(box.locator('blockquote:visible')).toHaveText(stays.map((q) => q.text));
  const fold = box.getByText(`${folded.length} more from hidden outlets`);
  await fold.click();
  await expect(box.locator('blockquote:visible')).toHaveText(
    [...stays, ...folded].map((q) => q.text),
  );
});

test('the pane names exactly the outlets silent on an event', async ({ page }, testInfo) => {
  const silentEvent = dataset.events.find((e) => silentOutletNames(e).length > 0)!;
  const quietless = dataset.events.find((e) => silentOutletNames(e).length === 0)!;
  expect(silentEvent, 'an event with silent outlets in the dataset').toBeDefined();

  await page.goto('./');
  await openEvent(page, silentEvent);
  const silent = details(page).getByRole('list', { name: 'Not mentioned by:' });
  await expect(silent.getByRole('listitem')).toHaveText(silentOutletNames(silentEvent));
  await expect(details(page)).toContainText('but quoted nothing about this one');
  await silent.scrollIntoViewIfNeeded();
  await details(page).screenshot({ path: testInfo.outputPath('silences.png') });

  await openEvent(page, quietless);
  await expect(details(page).getByRole('list', { name: 'Not mentioned by:' })).toHaveCount(0);
});

test('the differences filter shows exactly the events where outlets differ, and says so in the URL', async ({
  page,
}) => {
  await page.goto('./');
  const filter = page.getByRole('checkbox', {
    name: `Only events where outlets differ (${WITH_DIFFERENCES.length})`,
  });
  await filter.check();
  await expect(page).toHaveURL(/[?&]differ=1(&|$)/);
  const rows = list(page).getByRole('button');
  await expect(rows).toHaveCount(WITH_DIFFERENCES.length);
  for (const [i, event] of WITH_DIFFERENCES.entries()) {
    await expect(rows.nth(i)).toContainText(event.title);
    await expect(rows.nth(i)).toHaveAccessibleName(/\boutlets differ\b/);
  }

  // The count follows the other filters.
  const outlet = dataset.outlets[0]!;
  await page.getByRole('checkbox', { name: new RegExp(`^${escape(outlet.name)}`) }).uncheck();
  const stillShown = WITH_DIFFERENCES.filter((e) => e.outletIds.some((id) => id !== outlet.id));
  await expect(
    page.getByRole('checkbox', {
      name: `Only events where outlets differ (${stillShown.length})`,
    }),
  ).toBeChecked();
  await expect(rows).toHaveCount(stillShown.length);
  await page.getByRole('checkbox', { name: new RegExp(`^${escape(outlet.name)}`) }).check();

  await filter.uncheck();
  await expect(page).not.toHaveURL(/differ=1/);
  await expect(list(page).getByRole('button')).toHaveCount(dataset.events.length);
});

test('the differences filter comes back from the URL and the reset clears it', async ({ page }) => {
  await page.goto('./?differ=1');
  await expect(list(page).getByRole('button')).toHaveCount(WITH_DIFFERENCES.length);
  await expect(
    page.getByRole('checkbox', { name: /^Only events where outlets differ/ }),
  ).toBeChecked();
  // Hiding every outlet leaves nothing; the reset brings back every event.
  await page.getByRole('button', { name: 'Hide all outlets' }).click();
  await page.getByRole('button', { name: 'Reset filters and search' }).click();
  await expect(list(page).getByRole('button')).toHaveCount(dataset.events.length);
  await expect(page).not.toHaveURL(/differ=1/);
});

test('timeline items of events where outlets differ carry the ≠ marker, and no others', async ({
  page,
}) => {
  await page.goto('./');
  for (const event of dataset.events) {
    const item = page.locator('.vis-timeline .vis-item', {
      has: page.locator(`[data-event-id="${event.id}"]`),
    });
    const marker = item.locator('.timeline-item-differs');
    if (event.differences.length > 0) {
      await expect(item, event.id).toHaveClass(/\bhas-differences\b/);
      await expect(marker, event.id).toHaveText('≠outlets differ');
    } else {
      await expect(item, event.id).not.toHaveClass(/\bhas-differences\b/);
      await expect(marker, event.id).toHaveCount(0);
    }
  }
  // In the overview the titles go but the marker stays…
  const meeting = page.locator(`.vis-timeline [data-event-id="${MEETING.id}"]`);
  await expect(page.locator('.timeline-canvas[data-overview]')).toHaveCount(1);
  await expect(meeting.locator('.timeline-item-differs')).toBeVisible();
  await expect(meeting.locator('.timeline-item-title')).toBeHidden();
});

test('zoomed in, an item shows its title and the ≠ marker together', async ({ page }, testInfo) => {
  const month = MEETING.date.start.slice(0, 7);
  await page.goto(`./?from=${month}-01&to=${month}-28`);
  const meeting = page.locator(`.vis-timeline [data-event-id="${MEETING.id}"]`);
  await expect(page.locator('.timeline-canvas[data-overview]')).toHaveCount(0);
  await expect(meeting.locator('.timeline-item-title')).toBeVisible();
  await expect(meeting.locator('.timeline-item-differs')).toBeVisible();
  await page
    .locator('.timeline-canvas')
    .screenshot({ path: testInfo.outputPath('timeline-markers.png') });
});

for (const colorScheme of ['light', 'dark'] as const) {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    test(`screenshot: the framing section, ${colorScheme}, ${viewport.width}×${viewport.height}`, async ({
      page,
    }, testInfo) => {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme });
      await page.goto(`./?event=${MEETING.id}`);
      const difference = details(page).getByRole('group', { name: AGREED.label, exact: true });
      // The pane as a reader sees it, scrolled to the difference.
      await difference.evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await details(page).screenshot({
        path: testInfo.outputPath(`framing-${colorScheme}-${viewport.width}.png`),
      });
      // The whole difference, on a page tall enough to hold it.
      await page.setViewportSize({ width: viewport.width, height: 2400 });
      await difference.screenshot({
        path: testInfo.outputPath(`framing-whole-${colorScheme}-${viewport.width}.png`),
      });
      await expect(difference.locator('blockquote').first()).toBeVisible();
    });
  }
}
