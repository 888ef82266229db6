import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type { Outlet, FullEvent as TimelineEvent } from '../src/dataset/schema.ts';
import { expectedExportCell, quoteCount } from './coverage-expectations.ts';
import { parseCsv, unguard } from './csv.ts';
import { loadBuiltDataset } from './dataset.ts';
import { readPdfText, squash } from './pdf-text.ts';

const dataset = loadBuiltDataset();
/** Switched off in every scenario here: its column must be absent. */
const OFF = dataset.outlets[0]!;
const SHOWN = dataset.outlets.filter((o) => o.id !== OFF.id);
const SHOWN_EVENTS = dataset.events.filter((e) => e.outletIds.some((id) => id !== OFF.id));
const columnName = (o: Outlet) => `${o.name} (${o.country ?? 'country not stated'})`;

async function openWithOutletOff(page: Page, path = './') {
  await page.goto(path);
  await page.getByRole('checkbox', { name: new RegExp(`^${OFF.name}`) }).uncheck();
}

async function exportAs(page: Page, label: string, withAppendix = false) {
  const toolbar = page.getByRole('toolbar', { name: 'Briefing' });
  await toolbar.getByRole('button', { name: 'Export' }).click();
  if (withAppendix) await toolbar.getByRole('checkbox', { name: /coverage appendix/ }).check();
  const downloading = page.waitForEvent('download');
  await toolbar
    .getByRole('list', { name: 'Export formats' })
    .getByRole('button', { name: label })
    .click();
  const file = await downloading;
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

/** The rows a coverage CSV must hold for these events and the shown outlets. */
function expectedCsv(events: readonly TimelineEvent[]): string[][] {
  return [
    ['Event date', 'Event', ...SHOWN.map(columnName), 'Outlets reporting', 'Event ID'],
    ...events.map((event) => [
      event.title,
      ...SHOWN.map((o) => expectedExportCell(event, o.id)),
      String(SHOWN.filter((o) => quoteCount(event, o.id) > 0).length),
      event.id,
    ]),
    [
      'Events reported',
      ...SHOWN.map((o) => String(events.filter((e) => quoteCount(e, o.id) > 0).length)),
      '',
      '',
    ],
  ];
}

/** The CSV's rows, without the date column (formatted by the app) after the header. */
function readCsv(bytes: Buffer): string[][] {
  expect([...bytes.subarray(0, 3)], 'UTF-8 byte order mark').toEqual([0xef, 0xbb, 0xbf]);
  const [header, ...rows] = parseCsv(bytes.subarray(3).toString('utf8')).map((r) => r.map(unguard));
  return [header!, ...rows.map((r) => r.slice(1))];
}

test('the Export menu’s coverage matrix has a row per shown event and a column per shown outlet, matching the dataset', async ({
  page,
}) => {
  await openWithOutletOff(page);
  const { name, bytes } = await exportAs(page, 'Coverage matrix (.csv)');
  expect(name).toMatch(/^india-canada-relations-2018-2026-coverage-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(readCsv(bytes)).toEqual(expectedCsv(SHOWN_EVENTS));
});

test('the coverage view downloads the table it shows, search and all', async ({ page }) => {
  const term = 'Doval';
  const events = SHOWN_EVENTS.filter((e) =>
    [e.title, e.summary, ...e.quotes.map((q) => q.text)].some((t) => t.includes(term)),
  );
  expect(events.length).toBeGreaterThan(1);
  expect(events.length).toBeLessThan(SHOWN_EVENTS.length);
  await openWithOutletOff(page, `./?view=coverage&q=${term}`);
  const grid = page.getByRole('grid', { name: 'Coverage' });
  await expect(grid.locator('tbody').getByRole('row')).toHaveCount(events.length);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download table (.csv)' }).click();
  const bytes = readFileSync((await (await downloading).path())!);
  expect(readCsv(bytes)).toEqual(expectedCsv(events));
});

test('with the appendix option, the Markdown brief ends with the coverage table', async ({
  page,
}) => {
  await openWithOutletOff(page);
  const plain = (await exportAs(page, 'Markdown brief (.md)')).bytes.toString('utf8');
  expect(plain).not.toContain('Appendix');
  const md = (await exportAs(page, 'Markdown brief (.md)', true)).bytes.toString('utf8');
  const appendix = md.slice(md.indexOf('## Appendix: coverage'));
  expect(md.indexOf('## Appendix: coverage')).toBeGreaterThan(md.lastIndexOf('\n> — '));
  const cells = (line: string) =>
    line
      .slice(2, -2)
      .split(' | ')
      .map((c) => c.trim().replace(/\\([!-/:-@[-`{-~])/g, '$1'));
  const [header, alignment, ...rows] = appendix
    .split('\n')
    .filter((line) => line.startsWith('| '))
    .map(cells);
  expect(header).toEqual(['Date', 'Event', ...SHOWN.map(columnName), 'Outlets reporting']);
  expect(alignment![0]).toBe('---');
  const expected = expectedCsv(SHOWN_EVENTS).slice(1);
  expect(rows.map((r) => r.slice(1))).toEqual(expected.map((r) => r.slice(0, -1)));
});

test.describe('PDF handout with the appendix', () => {
  test.use({ locale: 'en-GB' });

  test('ends with the coverage table on pages of its own', async ({ page }) => {
    await openWithOutletOff(page);
    const pdf = await readPdfText((await exportAs(page, 'PDF handout (.pdf)', true)).bytes);
    const start = pdf.pages.findIndex((p) => p.startsWith(squash('Appendix: coverage')));
    expect(start, 'the appendix starts a page').toBeGreaterThan(0);
    const appendix = pdf.pages.slice(start).join('');
    for (const outlet of SHOWN) expect(appendix).toContain(squash(columnName(outlet)));
    expect(appendix).not.toContain(squash(columnName(OFF)));
    let at = 0;
    for (const event of SHOWN_EVENTS) {
      // Each row: the title, then its cells in column order.
      const row = squash(
        [event.title, ...SHOWN.map((o) => expectedExportCell(event, o.id))].join(''),
      );
      const found = appendix.indexOf(row, at);
      expect(found, event.id).toBeGreaterThanOrEqual(at);
      at = found;
    }
  });
});

test('with the appendix option, the printed handout ends with the coverage table', async ({
  page,
}, testInfo) => {
  await openWithOutletOff(page);
  const toolbar = page.getByRole('toolbar', { name: 'Briefing' });
  await toolbar.getByRole('button', { name: 'Export' }).click();
  await toolbar.getByRole('checkbox', { name: /coverage appendix/ }).check();
  await page.keyboard.press('Escape');
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  const appendix = page
    .getByRole('article', { name: 'Handout' })
    .getByRole('region', { name: 'Appendix: coverage' });
  const table = appendix.getByRole('table');
  await expect(table.getByRole('columnheader')).toHaveText([
    'Date',
    'Event',
    ...SHOWN.map(columnName),
    'Outlets reporting',
  ]);
  await expect(table.locator('tbody tr')).toHaveCount(SHOWN_EVENTS.length);
  const meeting = SHOWN_EVENTS.reduce((a, b) => (b.quotes.length > a.quotes.length ? b : a));
  await expect(
    table.getByRole('row', { name: new RegExp(escapeRegExp(meeting.title)) }),
  ).toHaveText(new RegExp(SHOWN.map((o) => expectedExportCell(meeting, o.id)).join('')));
  await page.setViewportSize({ width: 794, height: 1123 });
  await appendix.scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('handout-coverage-appendix.png') });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
