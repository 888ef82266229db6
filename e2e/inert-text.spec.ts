import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  MEGABYTE_WORD,
  megabyteDataset,
  payload,
  poisonedDataset,
  serveDataset,
  type RawDataset,
} from './hostile-dataset.ts';

const { dataset } = poisonedDataset();
/** The event with everything: an approximate date, a date note, a difference, four outlets. */
const TARGET = 2;
const event = dataset.events[TARGET];
const at = `events.${TARGET}`;
const articleOf = (quote: RawDataset) =>
  dataset.articles.findIndex((a: RawDataset) => a.id === quote.articleId);
const outletOf = (id: string) => dataset.outlets.findIndex((o: RawDataset) => o.id === id);

/** Watches for anything a payload could do if it ever became markup. */
async function openPoisoned(page: Page, path = './') {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await serveDataset(page, () => dataset);
  await page.goto(path);
  return { dialogs, pageErrors };
}

async function expectNothingRan(page: Page, watched: { dialogs: string[]; pageErrors: string[] }) {
  const found = await page.evaluate(() => ({
    pwned: (window as Window & { __pwned?: unknown }).__pwned,
    images: document.querySelectorAll('img[src="x"]').length,
    scripts: [...document.scripts].filter((s) => s.textContent?.includes('__pwned')).length,
    javascriptLinks: document.querySelectorAll('a[href^="javascript:" i]').length,
    inlineHandlers: [...document.querySelectorAll('*')].filter((el) =>
      [...el.attributes].some((a) => a.name.startsWith('on')),
    ).length,
    links: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!),
  }));
  expect(found).toMatchObject({
    pwned: undefined,
    images: 0,
    scripts: 0,
    javascriptLinks: 0,
    inlineHandlers: 0,
  });
  // Only web addresses (and in-page anchors) are links.
  for (const href of found.links) expect(href).toMatch(/^(https?:|#)/);
  expect(watched.dialogs).toEqual([]);
  expect(watched.pageErrors).toEqual([]);
}

async function expectTexts(region: Locator, fields: string[]) {
  for (const field of fields) await expect(region, field).toContainText(payload(field));
}

test('markup in the data shows as text on the timeline, in its tooltip, the filters and the list', async ({
  page,
}) => {
  const watched = await openPoisoned(page);
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expectTexts(timeline, [
    ...dataset.events.map((_: unknown, i: number) => `events.${i}.title`),
    ...dataset.eras.map((_: unknown, i: number) => `eras.${i}.label`),
  ]);
  await page.locator('.vis-item', { has: page.locator(`[data-event-id="${event.id}"]`) }).hover();
  await expect(page.locator('.vis-tooltip')).toContainText(payload(`${at}.title`));

  const filters = page.getByRole('complementary', { name: 'Filters' });
  await expectTexts(filters, [
    ...dataset.outlets.map((_: unknown, i: number) => `outlets.${i}.name`),
    ...dataset.themes.map((_: unknown, i: number) => `themes.${i}.label`),
  ]);
  const list = page.getByRole('list', { name: 'Events' });
  await expectTexts(
    list,
    dataset.events.map((_: unknown, i: number) => `events.${i}.title`),
  );
  // The approximate date is shown by its label.
  await expect(list).toContainText(`${payload(`${at}.date.label`)} (approx.)`);
  await expectNothingRan(page, watched);
});

test('markup in the data shows as text in the event details, quotes in context included', async ({
  page,
}) => {
  const watched = await openPoisoned(page, `./?event=${event.id}`);
  const details = page.getByRole('complementary', { name: 'Event details' });
  const quoteFields = event.quotes.map((_: unknown, j: number) => `${at}.quotes.${j}.text`);
  await expectTexts(details, [
    `${at}.title`,
    `${at}.summary`,
    `${at}.dateNote`,
    `${at}.date.label`,
    ...event.themes.map((id: string) => {
      const i = dataset.themes.findIndex((t: RawDataset) => t.id === id);
      return `themes.${i}.label`;
    }),
    ...event.differences.flatMap((d: RawDataset, j: number) => [
      `${at}.differences.${j}.label`,
      `${at}.differences.${j}.note`,
      ...d.positions.map((_: unknown, k: number) => `${at}.differences.${j}.positions.${k}.label`),
    ]),
    ...quoteFields,
    ...event.quotes.flatMap((q: RawDataset) => [
      `articles.${articleOf(q)}.headline`,
      `articles.${articleOf(q)}.notes`,
      `outlets.${outletOf(q.outletId)}.name`,
    ]),
  ]);
  const showContext = details.getByRole('button', { name: 'Show in context' });
  for (let left = await showContext.count(); left > 0; left--) await showContext.first().click();
  await expectTexts(
    details,
    event.quotes.map((_: unknown, j: number) => `${at}.quotes.${j}.context.text`),
  );
  await expectNothingRan(page, watched);
});

test('markup in the data shows as text in the coverage view and the outlets panel', async ({
  page,
}) => {
  const watched = await openPoisoned(page, './?view=coverage');
  const coverage = page.getByRole('region', { name: 'Who reported what' });
  await expectTexts(coverage, [
    ...dataset.events.map((_: unknown, i: number) => `events.${i}.title`),
    ...dataset.outlets.map((_: unknown, i: number) => `outlets.${i}.name`),
    ...dataset.outlets.map((_: unknown, i: number) => `outlets.${i}.country`),
  ]);
  await expectNothingRan(page, watched);

  await page.getByRole('button', { name: 'Outlets', exact: true }).click();
  const panel = page.getByRole('region', { name: 'Outlets', exact: true });
  await expectTexts(panel, [
    ...dataset.outlets.flatMap((_: unknown, i: number) => [
      `outlets.${i}.name`,
      `outlets.${i}.country`,
    ]),
    ...dataset.articles.flatMap((_: unknown, i: number) => [
      `articles.${i}.headline`,
      `articles.${i}.notes`,
    ]),
    `events.0.title`,
    `events.${dataset.events.length - 1}.title`,
  ]);
  await expectNothingRan(page, watched);
});

test('markup in the data shows as text in presentation mode', async ({ page }) => {
  const watched = await openPoisoned(page, `./?present=1&event=${event.id}`);
  const slides = page.getByRole('dialog', { name: 'Presentation' });
  await expectTexts(slides, [
    `${at}.title`,
    `${at}.summary`,
    ...event.quotes.map((_: unknown, j: number) => `${at}.quotes.${j}.text`),
    ...event.quotes.flatMap((q: RawDataset) => [
      `articles.${articleOf(q)}.headline`,
      `outlets.${outletOf(q.outletId)}.name`,
    ]),
    ...dataset.eras.map((_: unknown, i: number) => `eras.${i}.label`),
  ]);
  await expectNothingRan(page, watched);
});

test('markup in the data shows as text in the printed handout', async ({ page }) => {
  const watched = await openPoisoned(page);
  // The print dialog cannot be driven here; the handout stays in the page until afterprint.
  await page.evaluate(() => (window.print = () => {}));
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('button', { name: 'Print handout…' }).click();
  await page.emulateMedia({ media: 'print' });
  const handout = page.getByRole('article', { name: 'Handout' });
  await expectTexts(handout, [
    `${at}.title`,
    `${at}.summary`,
    `${at}.dateNote`,
    ...event.quotes.map((_: unknown, j: number) => `${at}.quotes.${j}.text`),
    ...event.quotes.flatMap((q: RawDataset) => [
      `articles.${articleOf(q)}.headline`,
      `outlets.${outletOf(q.outletId)}.name`,
    ]),
  ]);
  await expectNothingRan(page, watched);
});

test('a megabyte-long title, summary and quote render, wrap, and leave the app usable', async ({
  page,
}) => {
  // Three views of a 3 MB dataset on a slow machine.
  test.setTimeout(120_000);
  const huge = megabyteDataset();
  await serveDataset(page, () => huge);
  await page.goto(`./?event=${huge.events[0].id}`);
  const list = page.getByRole('list', { name: 'Events' });
  const details = page.getByRole('complementary', { name: 'Event details' });
  await expect(list.getByRole('button').first()).toContainText(`Huge title ${MEGABYTE_WORD}`, {
    timeout: 20_000,
  });
  await expect(details.getByRole('heading', { level: 2 })).toContainText(
    `Huge title ${MEGABYTE_WORD}`,
  );
  await expect(details).toContainText(`Huge summary ${MEGABYTE_WORD}`);
  await page.screenshot({ path: test.info().outputPath('megabyte-title.png') });

  // Nothing is pushed wider than the window: the unbroken word wraps.
  const overflow = () =>
    page.evaluate(() => ({
      page: document.documentElement.scrollWidth - window.innerWidth,
      details: (() => {
        const pane = document.querySelector('.details-panel')!;
        return pane.scrollWidth - pane.clientWidth;
      })(),
      list: (() => {
        const row = document.querySelector('.event-row')!;
        return row.scrollWidth - row.clientWidth;
      })(),
    }));
  expect(await overflow()).toEqual({ page: 0, details: 0, list: 0 });

  // Still usable: another event opens, the one with the huge quote.
  await list.getByRole('button').nth(1).click();
  await expect(details).toContainText(`Huge quote ${MEGABYTE_WORD}`);
  expect(await overflow()).toEqual({ page: 0, details: 0, list: 0 });
  await page.getByRole('searchbox').fill('huge quote');
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await page.getByRole('searchbox').fill('');

  const views = [
    ['coverage', './?view=coverage', page.getByRole('region', { name: 'Who reported what' })],
    [
      'presentation',
      `./?present=1&event=${huge.events[0].id}`,
      page.getByRole('dialog', { name: 'Presentation' }),
    ],
  ] as const;
  for (const [name, path, view] of views) {
    await page.goto(path);
    await expect(view.getByText(/^Huge title W/)).toBeVisible({ timeout: 20_000 });
    await page.screenshot({ path: test.info().outputPath(`megabyte-${name}.png`) });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(1280);
  }
});
