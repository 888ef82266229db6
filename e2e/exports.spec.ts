import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import JSZip from 'jszip';
import type { Article, FullEvent as TimelineEvent, Quote } from '../src/dataset/schema.ts';
import { parseCsv, unguard } from './csv.ts';
import { loadBuiltDataset } from './dataset.ts';

const dataset = loadBuiltDataset();
const outletById = new Map(dataset.outlets.map((o) => [o.id, o]));
const articleById = new Map(dataset.articles.map((a) => [a.id, a]));
const outletOrder = new Map(dataset.outlets.map((o, i) => [o.id, i]));

/** The busiest event: it needs "(continued)" slides. */
const MEETING = dataset.events.reduce((a, b) => (b.quotes.length > a.quotes.length ? b : a));
/** An outlet of the busiest event, switched off in the filtered scenarios. */
const HIDDEN = MEETING.outletIds[0]!;

interface ExpectedQuote {
  event: TimelineEvent;
  quote: Quote;
  outletName: string;
  article: Article;
}

/** What an export of the view must hold, worked out from the dataset, not from the app. */
function expectedQuotes(hiddenOutlet: string | null): ExpectedQuote[] {
  return dataset.events.flatMap((event) =>
    event.quotes
      .filter((q) => q.outletId !== hiddenOutlet)
      .sort((a, b) => outletOrder.get(a.outletId)! - outletOrder.get(b.outletId)!)
      .map((quote) => ({
        event,
        quote,
        outletName: outletById.get(quote.outletId)!.name,
        article: articleById.get(quote.articleId)!,
      })),
  );
}

function hiddenQuotes(hiddenOutlet: string | null): Quote[] {
  return dataset.events.flatMap((e) => e.quotes.filter((q) => q.outletId === hiddenOutlet));
}

async function openView(page: Page, hiddenOutlet: string | null) {
  await page.goto('./');
  await expect(page.getByRole('list', { name: 'Events' })).toBeVisible();
  if (hiddenOutlet) {
    const name = outletById.get(hiddenOutlet)!.name;
    await page.getByRole('checkbox', { name: new RegExp(`^${name}`) }).uncheck();
  }
}

/** Chooses `label` in the Export menu and returns the downloaded file's name and bytes. */
async function download(page: Page, label: string): Promise<{ name: string; bytes: Buffer }> {
  await page
    .getByRole('toolbar', { name: 'Briefing' })
    .getByRole('button', { name: 'Export' })
    .click();
  const downloading = page.waitForEvent('download');
  await page
    .getByRole('list', { name: 'Export formats' })
    .getByRole('button', { name: label })
    .click();
  const file = await downloading;
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

/** What a Markdown renderer shows for backslash-escaped text. */
const unescapeMarkdown = (text: string) => text.replace(/\\([!-/:-@[-`{-~])/g, '$1');

const decodeXml = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, '&');

interface Paragraph {
  text: string;
  /** Where the paragraph's hyperlinks go. */
  links: string[];
}

/** Each slide (in order) as its paragraphs; pptxgenjs may split a paragraph into runs. */
async function readSlides(
  bytes: Buffer,
  folder = 'slides',
  file = 'slide',
): Promise<Paragraph[][]> {
  const zip = await JSZip.loadAsync(bytes);
  const pattern = new RegExp(`^ppt/${folder}/${file}(\\d+)\\.xml$`);
  const names = Object.keys(zip.files)
    .filter((n) => pattern.test(n))
    .sort((a, b) => Number(pattern.exec(a)![1]) - Number(pattern.exec(b)![1]));
  return Promise.all(
    names.map(async (name) => {
      const xml = await zip.file(name)!.async('string');
      const rels =
        (await zip.file(name.replace(/([^/]+)$/, '_rels/$1.rels'))?.async('string')) ?? '';
      const targets = new Map(
        [...rels.matchAll(/<Relationship Id="([^"]+)"[^>]*Target="([^"]*)"/g)].map(([, id, to]) => [
          id!,
          decodeXml(to!),
        ]),
      );
      return [...xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)]
        .map(([, p]) => ({
          text: [...p!.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map(([, t]) => decodeXml(t!)).join(''),
          links: [...p!.matchAll(/<a:hlinkClick r:id="([^"]+)"/g)].map(([, id]) =>
            targets.get(id!)!,
          ),
        }))
        .filter((paragraph) => paragraph.text !== '');
    }),
  );
}

/** "ndtv.com", as a quote's source line on a slide shows the address. */
const host = (url: string) => new URL(url).hostname.replace(/^www\./, '');

for (const hidden of [null, HIDDEN]) {
  const scenario = hidden
    ? `with ${outletById.get(hidden)!.name} switched off`
    : 'of the whole view';
  const expected = expectedQuotes(hidden);

  test(`the Markdown brief ${scenario} has every quote with its citation`, async ({ page }) => {
    await openView(page, hidden);
    const { name, bytes } = await download(page, 'Markdown brief (.md)');
    expect(name).toMatch(/^india-canada-relations-2018-2026-\d{4}-\d{2}-\d{2}\.md$/);
    const md = bytes.toString('utf8');
    const shown = unescapeMarkdown(md);
    expect(md.startsWith('# India–Canada relations, 2018–2026\n')).toBe(true);
    const events = [...new Set(expected.map((q) => q.event))];
    expect(md.match(/^## /gm)).toHaveLength(events.length);
    for (const { event, quote, outletName, article } of expected) {
      expect(shown).toContain(`— ${event.title}`);
      // The quote's blockquote ends with its citation.
      const at = shown.indexOf(`> ${quote.text}\n>\n> — `);
      expect(at, quote.id).toBeGreaterThan(-1);
      const citation = shown.slice(at).split('\n')[2]!;
      expect(citation).toContain(`**${outletName}**`);
      expect(citation).toContain(article.headline);
      expect(citation).toContain(article.url ? `<${article.url}>` : 'source URL unknown');
    }
    for (const quote of hiddenQuotes(hidden)) expect(shown).not.toContain(quote.text);
  });

  test(`the CSV ${scenario} has one row per quote, matching the dataset`, async ({ page }) => {
    await openView(page, hidden);
    const { name, bytes } = await download(page, 'Spreadsheet of quotes (.csv)');
    expect(name).toMatch(/^india-canada-relations-2018-2026-\d{4}-\d{2}-\d{2}\.csv$/);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(bytes.subarray(3).toString('utf8'));
    expect(header).toEqual([
      'Event date',
      'Event',
      'Outlet',
      'Quote',
      'Headline',
      'Article date',
      'URL',
      'Event ID',
      'Quote ID',
    ]);
    expect(rows).toHaveLength(expected.length);
    rows.forEach((cells, i) => {
      const { event, quote, outletName, article } = expected[i]!;
      const [eventDate, title, outlet, text, headline, articleDate, url, eventId, quoteId] =
        cells.map(unguard);
      expect([eventId, quoteId, title, outlet, text, url]).toEqual([
        event.id,
        quote.id,
        event.title,
        outletName,
        quote.text,
        article.url ?? '',
      ]);
      expect(headline!.startsWith(article.headline)).toBe(true);
      expect(eventDate).toContain(event.date.start.slice(0, 4));
      expect(articleDate).toContain(article.published.date.slice(0, 4));
    });
    const ids = new Set(rows.map((r) => r[8]));
    for (const quote of hiddenQuotes(hidden)) expect(ids.has(quote.id)).toBe(false);
  });

  test(`the PowerPoint deck ${scenario} has every quote, its outlet and source`, async ({
    page,
  }) => {
    await openView(page, hidden);
    const { name, bytes } = await download(page, 'PowerPoint deck (.pptx)');
    expect(name).toMatch(/^india-canada-relations-2018-2026-\d{4}-\d{2}-\d{2}\.pptx$/);
    const slides = await readSlides(bytes);
    const texts = slides.map((slide) => slide.map((p) => p.text));
    expect(texts[0]).toContain('India–Canada relations, 2018–2026');
    const sources = slides.at(-1)!;
    expect(sources[0]!.text).toBe('Sources');
    for (const { quote, outletName, article } of expected) {
      const index = texts.findIndex((s) => s.includes(`“${quote.text}”`));
      expect(index, quote.id).toBeGreaterThan(-1);
      const at = texts[index]!.indexOf(`“${quote.text}”`);
      const [outlet, source] = [slides[index]![at - 1]!, slides[index]![at + 1]!];
      expect(outlet.text).toBe(outletName);
      expect(source.text).toContain(article.headline);
      expect(source.text).toContain(article.url ? host(article.url) : 'source URL unknown');
      expect(source.links).toEqual(article.url ? [article.url] : []);
      expect(
        sources.some(
          (line) =>
            line.text.startsWith(`${outletName} — `) &&
            line.text.includes(article.headline) &&
            line.text.includes(article.url ?? 'source URL unknown') &&
            line.links.join() === (article.url ?? ''),
        ),
        `${article.id} in Sources`,
      ).toBe(true);
    }
    const all = texts.flat().join('\n');
    for (const quote of hiddenQuotes(hidden)) expect(all).not.toContain(quote.text);
    // The busiest event goes on over "(continued)" slides, its quotes in order.
    const meetingSlides = texts.filter((s) => s[1]?.startsWith(MEETING.title));
    expect(meetingSlides.length).toBeGreaterThan(1);
    expect(meetingSlides.slice(1).every((s) => s[1] === `${MEETING.title} (continued)`)).toBe(true);
  });
}

test('exports in pack scope follow the pack and carry its speaker notes', async ({ page }) => {
  const [first, second] = [MEETING, dataset.events[0]!];
  const pack = {
    id: 'e2e-pack',
    title: 'Cabinet briefing',
    items: [
      { eventId: first.id, note: 'Open with the liaison officers.' },
      { eventId: second.id, note: '' },
    ],
  };
  // The link format is public (README): base64url of {v, id, t: title, i: [[eventId, note]]}.
  const wire = { v: 1, id: pack.id, t: pack.title, i: pack.items.map((i) => [i.eventId, i.note]) };
  await page.goto(`./?pack=${Buffer.from(JSON.stringify(wire)).toString('base64url')}`);
  await expect(page.getByRole('list', { name: 'Events' })).toBeVisible();

  const md = unescapeMarkdown(
    (await download(page, 'Markdown brief (.md)')).bytes.toString('utf8'),
  );
  expect(md.startsWith('# Cabinet briefing\n')).toBe(true);
  expect(md).toContain('**Speaker note:** Open with the liaison officers.');
  expect(md.match(/^## /gm)).toHaveLength(2);
  expect(md.indexOf(first.title)).toBeLessThan(md.indexOf(second.title));

  const { name, bytes } = await download(page, 'PowerPoint deck (.pptx)');
  expect(name).toMatch(/^cabinet-briefing-\d{4}-\d{2}-\d{2}\.pptx$/);
  const notes = (await readSlides(bytes, 'notesSlides', 'notesSlide')).flat().map((p) => p.text);
  expect(notes).toContain('Open with the liaison officers.');
});

test('Copy link copies this view’s address, and the link opens the same view', async ({
  page,
  context,
}, testInfo) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openView(page, HIDDEN);
  await page
    .getByRole('list', { name: 'Events' })
    .getByRole('button', { name: new RegExp(MEETING.title.slice(0, 30)) })
    .click();
  await expect(page).toHaveURL(new RegExp(`event=${MEETING.id}`));

  await page
    .getByRole('toolbar', { name: 'Briefing' })
    .getByRole('button', { name: 'Copy link' })
    .click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('copy-link-copied.png') });
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());

  const other = await context.newPage();
  await other.goto(copied);
  const hiddenName = outletById.get(HIDDEN)!.name;
  await expect(
    other.getByRole('checkbox', { name: new RegExp(`^${hiddenName}`) }),
  ).not.toBeChecked();
  await expect(
    other.getByRole('complementary', { name: 'Event details' }).getByRole('heading', { level: 2 }),
  ).toHaveText(MEETING.title);
  expect(other.url()).toBe(copied);
});

test('when the clipboard is refused, Copy link shows the link selected in a field', async ({
  page,
}, testInfo) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new DOMException('Denied', 'NotAllowedError')) },
    });
    document.execCommand = () => false;
  });
  await openView(page, HIDDEN);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copy failed' })).toBeVisible();
  const field = page.getByRole('textbox', { name: 'Link to this view' });
  await expect(field).toBeFocused();
  await expect(field).toHaveValue(page.url());
  expect(
    await field.evaluate((el: HTMLInputElement) => el.selectionEnd! - el.selectionStart!),
  ).toBe(page.url().length);
  await page.screenshot({ path: testInfo.outputPath('copy-link-fallback.png') });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the Export menu reads well in the ${colorScheme} theme`, async ({ page }, testInfo) => {
    await page.emulateMedia({ colorScheme });
    await openView(page, null);
    await expect(page.locator('.vis-timeline .vis-item').first()).toBeVisible();
    // By keyboard, as a keyboard user would, so the focus ring shows.
    await page.getByRole('button', { name: 'Export' }).focus();
    await page.keyboard.press('Enter');
    const menu = page.getByRole('list', { name: 'Export formats' });
    for (const label of [
      'Markdown brief (.md)',
      'Spreadsheet of quotes (.csv)',
      'PowerPoint deck (.pptx)',
    ]) {
      await expect(menu.getByRole('button', { name: label })).toBeVisible();
    }
    await page.keyboard.press('Tab');
    await expect(menu.getByRole('button').first()).toBeFocused();
    await page.screenshot({ path: testInfo.outputPath(`export-menu-${colorScheme}.png`) });
  });
}
