import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { buildCitation } from '../src/lib/citation.ts';
import { formatEventDate } from '../src/lib/format-date.ts';
import { loadBuiltDataset } from './dataset.ts';
import { readPdfText, squash, type PdfText } from './pdf-text.ts';

const dataset = loadBuiltDataset();
const articleById = new Map(dataset.articles.map((a) => [a.id, a]));
const outletById = new Map(dataset.outlets.map((o) => [o.id, o]));

/** The outlet switched off: its quotes must be absent from the handout. */
const OFF = dataset.outlets.at(-1)!;
const shownEvents = dataset.events.filter((e) => e.outletIds.some((id) => id !== OFF.id));
const shownQuotes = shownEvents.flatMap((e) => e.quotes.filter((q) => q.outletId !== OFF.id));
const hiddenQuotes = dataset.events
  .flatMap((e) => e.quotes.filter((q) => q.outletId === OFF.id))
  // A sentence another outlet printed too is rightly still there.
  .filter((q) => !shownQuotes.some((s) => s.text.includes(q.text)));

const citation = (quote: (typeof shownQuotes)[number]) =>
  buildCitation({
    quote,
    outlet: outletById.get(quote.outletId)!,
    article: articleById.get(quote.articleId)!,
  });

/** What a reader of the app sees as controls; none of it belongs on paper. */
const CONTROL_TEXT = ['Export', 'Search', 'Skip to the list of events', 'events shown', 'Filters'];

async function openWithOutletOff(page: Page) {
  await page.goto('./');
  await page.getByRole('checkbox', { name: new RegExp(`^${OFF.name}`) }).uncheck();
  await expect(page.getByRole('list', { name: 'Events' }).getByRole('listitem')).toHaveCount(
    shownEvents.length,
  );
}

function expectHandoutText(pdf: PdfText) {
  const all = pdf.pages.join('');
  const shownOutlets = dataset.outlets.filter((o) => o.id !== OFF.id).map((o) => o.name);
  expect(all).toContain(squash('India–Canada relations, 2018–2026'));
  expect(all).toContain(squash(`Outlets: ${shownOutlets.join(', ')} · all themes`));
  for (const event of shownEvents) {
    expect(all, event.id).toContain(squash(event.title));
    expect(all, event.id).toContain(squash(formatEventDate(event.date)));
    if (event.dateNote) expect(all, event.id).toContain(squash(event.dateNote));
  }
  for (const quote of shownQuotes) {
    // Quote and full citation together on one page: never split across a page break.
    const onOnePage = pdf.pages.some((page) => page.includes(squash(citation(quote))));
    expect(onOnePage, `${quote.id} with its citation on a single page`).toBe(true);
  }
  expect(hiddenQuotes.length).toBeGreaterThan(0);
  for (const quote of hiddenQuotes) expect(all, quote.id).not.toContain(squash(quote.text));
  for (const text of CONTROL_TEXT) expect(all).not.toContain(squash(text));
}

test('printing the page (Ctrl+P) prints the handout, not the app', async ({ page }) => {
  await openWithOutletOff(page);
  const handout = page.getByRole('article', { name: 'Handout' });
  await expect(handout).toHaveCount(0);
  // page.pdf() goes through the browser's print path: beforeprint, layout, afterprint.
  const pdf = await readPdfText(await page.pdf({ format: 'A4' }));
  expectHandoutText(pdf);
  // Numbered by the print stylesheet's page margin boxes.
  const count = pdf.pages.length;
  expect(pdf.pages.at(-1)).toContain(squash(`Page ${count} of ${count}`));
  // Only while printing: afterprint takes it out of the page again.
  await expect(handout).toHaveCount(0);
});

test('Print handout… mounts the handout and opens the print dialog', async ({ page }) => {
  await openWithOutletOff(page);
  // The dialog itself cannot be driven here: record what it would snapshot.
  await page.evaluate(() => {
    const w = window as Window & { printedQuotes?: number };
    w.print = () => {
      w.printedQuotes = document.querySelectorAll('.handout blockquote').length;
    };
  });
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('button', { name: 'Print handout…' }).click();
  await expect
    .poll(() => page.evaluate(() => (window as Window & { printedQuotes?: number }).printedQuotes))
    .toBe(shownQuotes.length);

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('article', { name: 'Handout' })).toBeVisible();
  await expect(page.getByRole('toolbar', { name: 'Briefing' })).toBeHidden();
  expectHandoutText(await readPdfText(await page.pdf({ format: 'A4' })));

  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(page.getByRole('article', { name: 'Handout' })).toHaveCount(0);
});

test.describe('PDF handout', () => {
  test.use({ locale: 'en-GB' });

  test('downloads a PDF of the briefing, A4 with page numbers', async ({ page }) => {
    await openWithOutletOff(page);
    await page.getByRole('button', { name: 'Export' }).click();
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'PDF handout (.pdf)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^india-canada-briefing-\d{4}-\d{2}-\d{2}\.pdf$/);
    const pdf = await readPdfText(readFileSync((await download.path())!));
    expectHandoutText(pdf);
    expect(new Set(pdf.sizes.map((s) => s.join('x')))).toEqual(new Set(['595x842']));
    const count = pdf.pages.length;
    expect(pdf.pages[0]).toContain(squash(`Page 1 of ${count}`));
    expect(pdf.pages.at(-1)).toContain(squash(`Page ${count} of ${count}`));
  });
});

test.describe('PDF handout in Canada', () => {
  test.use({ locale: 'en-CA' });

  test('is on US Letter paper', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('button', { name: 'Export' }).click();
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'PDF handout (.pdf)' }).click();
    const pdf = await readPdfText(readFileSync((await (await downloading).path())!));
    expect(new Set(pdf.sizes.map((s) => s.join('x')))).toEqual(new Set(['612x792']));
  });
});

test('the printed handout looks like a document', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.goto('./');
  await page.getByRole('button', { name: 'Export' }).click();
  await page.evaluate(() => (window.print = () => {}));
  await page.getByRole('button', { name: 'Print handout…' }).click();
  await page.emulateMedia({ media: 'print' });
  const handout = page.getByRole('article', { name: 'Handout' });
  await expect(handout).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('handout-print.png') });
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await page.screenshot({ path: testInfo.outputPath('handout-print-dark.png') });
});
