import { expect, test, type Page } from '@playwright/test';
import { loadRawDataset, serveDataset, type RawDataset } from './hostile-dataset.ts';

/**
 * The real dataset plus 400 copies of its events spread over 2024: more than the timeline
 * draws one by one, so it draws clusters. Copies keep their quotes, so the file is valid.
 */
function denseDataset(): RawDataset {
  const dataset = loadRawDataset();
  const copies = Array.from({ length: 400 }, (_, i) => {
    const event = structuredClone(dataset.events[i % dataset.events.length]);
    const day = new Date(Date.UTC(2024, 0, 1 + Math.floor((i * 366) / 400)))
      .toISOString()
      .slice(0, 10);
    return {
      ...event,
      id: `${event.id}-copy-${i}`,
      date: { start: day, end: day, precision: 'day', label: null },
      status: 'happened',
    };
  });
  dataset.events = [...dataset.events, ...copies].sort((a: RawDataset, b: RawDataset) =>
    a.date.start < b.date.start ? -1 : a.date.start > b.date.start ? 1 : 0,
  );
  // All in one part, as the compiler would put a dataset this small.
  for (const event of dataset.events) event.part = 0;
  dataset.parts = [{ ...dataset.parts[0], events: dataset.events.length }];
  return dataset;
}

const dataset = denseDataset();
const clusters = (page: Page) => page.locator('.vis-timeline .vis-item.cluster');

/** The cluster that says it holds `count` events. */
const clusterOf = (page: Page, count: number) =>
  clusters(page)
    .filter({
      has: page.locator('.timeline-cluster .visually-hidden', {
        hasText: new RegExp(`^${count} events?$`),
      }),
    })
    .first();

/** What each cluster says to a screen reader: "123 events". */
async function clusterCounts(page: Page): Promise<number[]> {
  const texts = await clusters(page)
    .locator('.timeline-cluster .visually-hidden')
    .allTextContents();
  return texts.map((text) => Number(text.split(' ')[0]));
}

test.use({ reducedMotion: 'reduce' });

test.beforeEach(async ({ page }) => {
  await serveDataset(page, () => dataset);
});

test('many events are drawn as clusters with their counts, and a tooltip as plain text', async ({
  page,
}) => {
  await page.goto('./');
  await expect(clusters(page).first()).toBeVisible();
  expect(await page.locator('.vis-timeline [data-event-id]').count()).toBe(0);
  const counts = await clusterCounts(page);
  expect(counts.reduce((a, b) => a + b, 0)).toBe(dataset.events.length);

  const busiest = clusterOf(page, Math.max(...counts));
  await expect(busiest).toContainText(/^\d+ events/);
  await busiest.hover();
  await expect(page.locator('.vis-tooltip')).toHaveText(
    `${Math.max(...counts)} events · 2024 · click to zoom in`,
  );
  await expect(page.locator('.vis-tooltip *')).toHaveCount(1);
});

test('clicking a cluster zooms to its period, until the events are drawn one by one', async ({
  page,
}) => {
  await page.goto('./');
  await expect(clusters(page).first()).toBeVisible();
  const busiest = Math.max(...(await clusterCounts(page)));
  await clusterOf(page, busiest).click();
  await expect(page).toHaveURL(/from=2024-01-01&to=2024-12-31/);
  // Months now: the first is January.
  await clusters(page).first().click();
  await expect(page).toHaveURL(/from=2024-01-01&to=2024-01-31/);
  await expect(clusters(page)).toHaveCount(0);
  const firstCopy = dataset.events.find((e: RawDataset) => e.id.endsWith('-copy-0'));
  await expect(page.locator(`.vis-timeline [data-event-id="${firstCopy.id}"]`)).toBeVisible();
});

test('the selected event is drawn on its own among the clusters', async ({ page }) => {
  const selected = dataset.events.find((e: RawDataset) => e.id.endsWith('-copy-200'));
  await page.goto(`./?event=${selected.id}`);
  await expect(clusters(page).first()).toBeVisible();
  await expect(
    page.locator(`.vis-timeline .vis-selected [data-event-id="${selected.id}"]`),
  ).toBeVisible();
  await expect(page.locator('.vis-timeline .vis-item.vis-box.event')).toHaveCount(1);
});

test('switching an outlet off updates the cluster counts', async ({ page }) => {
  await page.goto('./');
  await expect(clusters(page).first()).toBeVisible();
  const outlet = dataset.outlets.find((o: RawDataset) =>
    dataset.events.some((e: RawDataset) => e.outletIds.join() === o.id),
  );
  const still = dataset.events.filter((e: RawDataset) =>
    e.outletIds.some((id: string) => id !== outlet.id),
  ).length;
  await page.getByRole('checkbox', { name: new RegExp(`^${outlet.name}`) }).uncheck();
  await expect(page.getByRole('status').filter({ hasText: 'events shown' })).toHaveText(
    `${still} of ${dataset.events.length} events shown`,
  );
  await expect.poll(async () => (await clusterCounts(page)).reduce((a, b) => a + b, 0)).toBe(still);
});
