import { expect, test, type Page } from '@playwright/test';
import { loadBuiltDataset } from './dataset.ts';
import { DeploymentCopy } from './deployment-copy.ts';

// The rest of the suite blocks service workers (see playwright.config.ts); these tests are about them.
test.use({ serviceWorkers: 'allow' });

const dataset = loadBuiltDataset();
const list = (page: Page) => page.getByRole('list', { name: 'Events' });
const details = (page: Page) => page.getByRole('complementary', { name: 'Event details' });
const header = (page: Page) => page.getByRole('banner');
const networkStatus = (page: Page) => header(page).getByRole('status', { name: 'Network status' });
const updatePrompt = (page: Page) => page.getByRole('status', { name: 'App update' });
const eventsInHeader = (count: number) => new RegExp(`\\b${count} events\\b`);

/** The busiest event, and a word from its title that some but not all events contain. */
const MEETING = dataset.events.reduce((a, b) => (b.quotes.length > a.quotes.length ? b : a));
const matchesOf = (word: string) =>
  dataset.events.filter((e) =>
    [e.title, e.summary, ...e.quotes.map((q) => q.text)]
      .join(' ')
      .toLowerCase()
      .includes(word.toLowerCase()),
  );
const SEARCH_WORD = MEETING.title
  .split(/\W+/)
  .filter((w) => w.length > 4)
  .sort((a, b) => matchesOf(a).length - matchesOf(b).length)[0]!;

/** Waits until the service worker has installed and controls the page (reloading once if needed). */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  const controlled = () => page.evaluate(() => navigator.serviceWorker.controller !== null);
  if (!(await controlled())) await page.reload();
  await expect.poll(controlled).toBe(true);
}

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  page.on('pageerror', (e) => void errors.push(e.message));
  return errors;
}

test('after one visit the timeline, its events, quotes, search, links and presentation work with no network', async ({
  page,
  context,
}, testInfo) => {
  const errors = collectErrors(page);
  await page.goto('./');
  await expect(list(page).getByRole('listitem')).toHaveCount(dataset.events.length);
  await expect(networkStatus(page)).toBeEmpty();
  await waitForServiceWorker(page);

  await context.setOffline(true);
  const started = Date.now();
  await page.reload();
  await expect(list(page).getByRole('listitem')).toHaveCount(dataset.events.length);
  const offlineLoadMs = Date.now() - started;
  testInfo.annotations.push({ type: 'offline load', description: `${offlineLoadMs} ms` });
  console.log(`Offline reload until the event list is complete: ${offlineLoadMs} ms`);

  await expect(header(page).getByRole('heading', { name: 'India–Canada relations' })).toBeVisible();
  await expect(header(page)).toContainText(eventsInHeader(dataset.events.length));
  await expect(networkStatus(page)).toHaveText('Offline');
  for (const event of dataset.events) {
    await expect(page.locator(`.vis-timeline [data-event-id="${event.id}"]`)).toHaveCount(1);
  }

  await list(page)
    .getByRole('button', { name: new RegExp(MEETING.title.slice(0, 30)) })
    .click();
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(MEETING.title);
  const quotes = details(page)
    .getByRole('region', { name: 'What the outlets wrote' })
    .locator('blockquote:visible');
  await expect(quotes).toHaveCount(MEETING.quotes.length);
  expect((await quotes.allTextContents()).map((t) => t.trim()).sort()).toEqual(
    MEETING.quotes.map((q) => q.text).sort(),
  );

  await page.getByRole('searchbox', { name: 'Search' }).fill(SEARCH_WORD);
  const matching = matchesOf(SEARCH_WORD);
  expect(matching.length).toBeLessThan(dataset.events.length);
  await expect(list(page).getByRole('listitem')).toHaveCount(matching.length);
  await page.screenshot({ path: testInfo.outputPath('offline.png') });

  // A shared link to an event opens offline too (navigations fall back to the cached shell).
  const last = dataset.events.at(-1)!;
  await page.goto(`./?event=${last.id}`);
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(last.title);

  // Presenting works offline too, although its code was never loaded online.
  await page.getByRole('button', { name: 'Present' }).click();
  const presentation = page.getByRole('dialog', { name: 'Presentation' });
  const total = dataset.events.length;
  await expect(presentation.getByText(/^\d+ \/ \d+$/)).toHaveText(`${total} / ${total}`);
  await page.keyboard.press('Home');
  await expect(presentation.getByText(/^\d+ \/ \d+$/)).toHaveText(`1 / ${total}`);
  await expect(presentation).toContainText(dataset.events[0]!.title);
  await page.keyboard.press('PageDown');
  await expect(presentation).toContainText(dataset.events[1]!.title);
  await page.keyboard.press('Escape');
  await expect(presentation).toHaveCount(0);

  // Back online, the badge goes.
  await context.setOffline(false);
  await expect(networkStatus(page)).toBeEmpty();
  expect(errors).toEqual([]);
});

test('a new deployment is noticed on reconnecting, offers a reload, and Reload runs it (under a sub-path)', async ({
  page,
  context,
}, testInfo) => {
  const deployment = await DeploymentCopy.start('/timeline/');
  try {
    const before = deployment.dataset();
    await page.goto(deployment.url);
    await expect(header(page)).toContainText(eventsInHeader(before.events.length));
    await waitForServiceWorker(page);
    expect(await page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.scope))).toBe(
      deployment.url,
    );
    await expect(updatePrompt(page)).toBeEmpty();

    // One event fewer, in the index and in the part that held it.
    const last = before.events.at(-1)!;
    const parts = before.parts.map((p, i) =>
      i === last.part ? { ...p, events: p.events - 1 } : p,
    );
    const after = { ...before, events: before.events.slice(0, -1), parts };
    const part = deployment.part(before, last.part);
    deployment.deployDataset(after, {
      [before.parts[last.part]!.file]: { ...part, events: part.events.slice(0, -1) },
    });
    // An open page looks for a new version hourly and whenever the network comes back.
    await context.setOffline(true);
    await context.setOffline(false);

    const prompt = updatePrompt(page);
    await expect(prompt).toContainText('A newer version of the timeline is available.');
    // Until the reader chooses, the page keeps running the version it started with.
    await expect(header(page)).toContainText(eventsInHeader(before.events.length));
    await page.screenshot({ path: testInfo.outputPath('update-prompt.png') });

    await prompt.getByRole('button', { name: 'Reload' }).click();
    await expect(header(page)).toContainText(eventsInHeader(after.events.length));
    await expect(list(page).getByRole('listitem')).toHaveCount(after.events.length);
    await expect(updatePrompt(page)).toBeEmpty();
  } finally {
    await deployment.stop();
  }
});

test('where service workers are unavailable the app still loads without errors', async ({
  page,
}) => {
  await page.addInitScript(() => {
    delete (Navigator.prototype as { serviceWorker?: unknown }).serviceWorker;
  });
  const errors = collectErrors(page);
  await page.goto('./');
  expect(await page.evaluate(() => 'serviceWorker' in navigator)).toBe(false);
  await expect(header(page)).toContainText(eventsInHeader(dataset.events.length));
  await expect(list(page).getByRole('listitem')).toHaveCount(dataset.events.length);
  expect(errors).toEqual([]);
});
