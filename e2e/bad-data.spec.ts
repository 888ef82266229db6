import { expect, test, type Page } from '@playwright/test';
import {
  BROKEN_FIXTURES,
  loadRawDataset,
  serveDataset,
  type BrokenFixture,
  type RawDataset,
} from './hostile-dataset.ts';

const alert = (page: Page) => page.getByRole('alert');
const details = (page: Page) => page.getByRole('complementary', { name: 'Event details' });

async function expectRefused(page: Page, fixture: BrokenFixture) {
  const count = fixture.paths.length;
  await expect(alert(page).getByRole('heading', { level: 1 })).toHaveText(
    'The dataset is not in the expected format',
  );
  const first = `at ${fixture.paths[0]}: `;
  const message = alert(page).getByRole('paragraph').first();
  await expect(message, fixture.name).toContainText(
    `${count === 1 ? '1 problem' : `${count} problems`}. ${count === 1 ? 'It is' : 'The first is'} ${first}`,
  );
  await expect(message, fixture.name).toHaveText(fixture.message);
  const list = alert(page).getByRole('list', { name: 'Problems found' });
  if (count === 1) {
    await expect(list).toHaveCount(0);
  } else {
    await expect(list.getByRole('listitem')).toHaveText(
      fixture.paths.map((path) => new RegExp(`^${path.replace(/\./g, '\\.')}: `)),
    );
  }
}

/** The details pane's message when the opened event's quotes file is refused. */
async function expectQuotesRefused(page: Page, fixture: BrokenFixture) {
  const paneAlert = details(page).getByRole('alert');
  const count = fixture.paths.length;
  const message = paneAlert.getByRole('paragraph').first();
  await expect(message, fixture.name).toContainText(
    new RegExp(
      `^The quotes for this event could not be loaded\\. The quotes file data/timeline/[a-z0-9-]+\\.json does not match its schema: ${count === 1 ? '1 problem' : `${count} problems`}\\. ${count === 1 ? 'It is' : 'The first is'} at ${fixture.paths[0]!.replace(/\./g, '\\.')}: `,
    ),
  );
  await expect(message, fixture.name).toHaveText(fixture.message);
  const list = paneAlert.getByRole('list', { name: 'Problems found' });
  if (count === 1) {
    await expect(list).toHaveCount(0);
  } else {
    await expect(list.getByRole('listitem')).toHaveText(
      fixture.paths.map((path) => new RegExp(`^${path.replace(/\./g, '\\.')}: `)),
    );
  }
}

/** The event a part-level fixture breaks: the one its first path is in. */
const brokenEventId = (fixture: BrokenFixture) =>
  loadRawDataset().events[Number(fixture.paths[0]!.split('.')[1])].id as string;

for (const [group, all] of Object.entries(BROKEN_FIXTURES)) {
  const inIndex = all.filter((f) => f.file === 'index');
  const inParts = all.filter((f) => f.file === 'part');
  if (inIndex.length > 0) {
    test(`a dataset with ${group} is refused, naming each problem's schema path; Retry loads the fixed file`, async ({
      page,
    }) => {
      const pageErrors: string[] = [];
      page.on('pageerror', (e) => pageErrors.push(e.message));
      let body: RawDataset = null;
      await serveDataset(page, () => body);
      for (const [i, fixture] of inIndex.entries()) {
        const dataset = loadRawDataset();
        body = fixture.breakIt(dataset) ?? dataset;
        if (i === 0) await page.goto('./');
        else await alert(page).getByRole('button', { name: 'Retry' }).click();
        await expectRefused(page, fixture);
      }
      body = loadRawDataset();
      await alert(page).getByRole('button', { name: 'Retry' }).click();
      await expect(page.getByRole('list', { name: 'Events' })).toBeVisible();
      expect(pageErrors).toEqual([]);
    });
  }
  if (inParts.length > 0) {
    test(`quotes with ${group} are refused when their event is opened, naming the file and each schema path`, async ({
      page,
    }) => {
      const pageErrors: string[] = [];
      page.on('pageerror', (e) => pageErrors.push(e.message));
      let body: RawDataset = null;
      await serveDataset(page, () => body);
      for (const fixture of inParts) {
        const dataset = loadRawDataset();
        body = fixture.breakIt(dataset) ?? dataset;
        await page.goto(`./?event=${brokenEventId(fixture)}`);
        // The rest of the app works: the list is there, the event's own words too.
        await expect(page.getByRole('list', { name: 'Events' })).toBeVisible();
        await expectQuotesRefused(page, fixture);
      }
      expect(pageErrors).toEqual([]);
    });
  }
}

test('Retry in the event details loads a quotes file that has been fixed', async ({ page }) => {
  let body = loadRawDataset();
  body.events[3].quotes[0].articleId = 'no-such-article';
  await serveDataset(page, () => body);
  await page.goto(`./?event=${body.events[3].id}`);
  const paneAlert = details(page).getByRole('alert');
  await expect(paneAlert).toContainText('unknown article "no-such-article"');
  body = loadRawDataset();
  await paneAlert.getByRole('button', { name: 'Retry' }).click();
  await expect(details(page).getByRole('region', { name: 'What the outlets wrote' })).toBeVisible();
  await expect(paneAlert).toHaveCount(0);
});

test('a file with many problems says how many, lists the first five and counts the rest', async ({
  page,
}) => {
  const dataset = loadRawDataset();
  const articleIds: string[] = [];
  dataset.events.forEach((event: RawDataset, i: number) => {
    event.quotes[0].articleId = `ghost-${i}`;
    articleIds.push(`events.${i}.quotes.0.articleId`);
  });
  await serveDataset(page, () => dataset);
  await page.goto(`./?event=${dataset.events[0].id}`);
  const n = dataset.events.length;
  const paneAlert = details(page).getByRole('alert');
  await expect(paneAlert.getByRole('paragraph').first()).toHaveText(
    new RegExp(
      `does not match its schema: ${n} problems\\. The first is at events\\.0\\.quotes\\.0\\.articleId: unknown article "ghost-0"\\.$`,
    ),
  );
  const items = paneAlert.getByRole('list', { name: 'Problems found' }).getByRole('listitem');
  await expect(items).toHaveText(
    articleIds.slice(0, 5).map((path, i) => `${path}: unknown article "ghost-${i}"`),
  );
  await expect(paneAlert).toContainText(`…and ${n - 5} more problems.`);
  await expect(paneAlert.getByRole('button', { name: 'Retry' })).toBeVisible();
});

test('an index with many problems is refused at once, listing the first five and counting the rest', async ({
  page,
}) => {
  const dataset = loadRawDataset();
  dataset.events.forEach((event: RawDataset, i: number) => (event.themes[0] = `ghost-${i}`));
  await serveDataset(page, () => dataset);
  await page.goto('./');
  const n = dataset.events.length;
  await expect(alert(page).getByRole('paragraph').first()).toHaveText(
    `The dataset does not match its schema: ${n} problems. The first is at events.0.themes.0: unknown theme "ghost-0".`,
  );
  const items = alert(page).getByRole('list', { name: 'Problems found' }).getByRole('listitem');
  await expect(items).toHaveText(
    Array.from({ length: 5 }, (_, i) => `events.${i}.themes.0: unknown theme "ghost-${i}"`),
  );
  await expect(alert(page)).toContainText(`…and ${n - 5} more problems.`);
});
