/**
 * Presentation mode. Runs on the real dataset and on 10,000 synthetic events (the scale
 * project): every expectation is worked out from the dataset the page is served with.
 */
import type { Page } from '@playwright/test';
import { encodePack } from '../src/briefing/pack.ts';
import { placeOnStrip } from '../src/features/presentation/strip-position.ts';
import type { BuiltDataset } from './dataset.ts';
import { busiestEvent, outletCheckbox, outletWithOwnEvents } from './explorer-helpers.ts';
import { expect, test } from './fixtures.ts';
const presentation = (page: Page) => page.getByRole('dialog', { name: 'Presentation' });
const slideTitle = (page: Page) => presentation(page).getByRole('heading', { level: 2 });
const progress = (page: Page) => presentation(page).getByText(/^\d+ \/ \d+$/);
const presentButton = (page: Page) =>
  page.getByRole('toolbar', { name: 'Briefing' }).getByRole('button', { name: 'Present' });

/** An ordinary event: a single day, a few quotes. */
const ordinaryEvent = (dataset: BuiltDataset) =>
  dataset.events.find(
    (e) => e.date.precision === 'day' && e.quotes.length >= 3 && e.quotes.length <= 6,
  )!;

/** The most slides a test walks through one by one. */
const WALK = 12;

/** Starts presenting with the button; resolves once the slide keys are live. */
async function startPresenting(page: Page): Promise<void> {
  await presentButton(page).click();
  // Focus moves in on mount, together with the key listener.
  await expect(presentation(page)).toBeFocused();
}

/** The titles of `count` slides of `total` from the first, moving with →. */
async function walkTitles(page: Page, count: number, total = count): Promise<string[]> {
  const titles: string[] = [];
  for (let i = 1; i <= count; i++) {
    await expect(progress(page)).toHaveText(`${i} / ${total}`);
    titles.push((await slideTitle(page).textContent()) ?? '');
    await page.keyboard.press('ArrowRight');
  }
  return titles;
}

test('the presentation code is loaded only when a presentation starts', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto('./');
  await expect(presentButton(page)).toBeVisible();
  expect(requested.filter((url) => url.includes('presentation'))).toEqual([]);
  await startPresenting(page);
  await expect(presentation(page)).toBeVisible();
  expect(requested.filter((url) => url.includes('presentation')).length).toBeGreaterThan(0);
});

test('Present starts on the first event with focus inside; Esc leaves and focus returns', async ({
  page,
  dataset,
}) => {
  await page.goto('./');
  await startPresenting(page);
  await expect(slideTitle(page)).toHaveText(dataset.events[0]!.title);
  await expect(progress(page)).toHaveText(`1 / ${dataset.events.length}`);
  await expect(page).toHaveURL(new RegExp(`\\?event=${dataset.events[0]!.id}&present=1$`));

  await page.keyboard.press('Escape');
  await expect(presentation(page)).toHaveCount(0);
  await expect(page).not.toHaveURL(/present=/);
  await expect(presentButton(page)).toBeFocused();
  // The explorer is itself again: its own keys work.
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(new RegExp(`event=${dataset.events[1]!.id}`));
});

test('p starts presenting, but not while typing in the search box', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('searchbox').fill('p');
  await expect(presentation(page)).toHaveCount(0);
  await page.getByRole('searchbox').fill('');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('p');
  await expect(presentation(page)).toBeVisible();
  await page.getByRole('button', { name: 'Exit', exact: true }).click();
  await expect(presentation(page)).toHaveCount(0);
  await expect(presentButton(page)).toBeFocused();
});

test('the explorer behind the slides is out of reach: Tab stays in the presentation', async ({
  page,
}) => {
  await page.goto('./?present=1');
  await expect(presentation(page)).toBeFocused();
  const explorerHasFocus = () =>
    page.evaluate(() => document.querySelector('.app-shell')!.contains(document.activeElement));
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    expect(await explorerHasFocus()).toBe(false);
  }
});

test('the slides are the shown events, in order, with an outlet switched off', async ({
  page,
  dataset,
}) => {
  const outlet = outletWithOwnEvents(dataset);
  const shown = dataset.events.filter((e) => e.outletIds.some((id) => id !== outlet.id));
  expect(shown.length).toBeLessThan(dataset.events.length);
  await page.goto('./');
  await outletCheckbox(page, outlet).uncheck();
  await startPresenting(page);
  const walked = Math.min(WALK, shown.length);
  expect(await walkTitles(page, walked, shown.length)).toEqual(
    shown.slice(0, walked).map((e) => e.title),
  );
  await page.keyboard.press('End');
  await expect(slideTitle(page)).toHaveText(shown.at(-1)!.title);
  // Past the last slide, → stays on it.
  await page.keyboard.press('ArrowRight');
  await expect(progress(page)).toHaveText(`${shown.length} / ${shown.length}`);
});

test('every slide key and button moves as specified', async ({ page, dataset }) => {
  const ids = dataset.events.map((e) => e.id);
  const n = ids.length;
  await page.goto('./');
  await startPresenting(page);
  const expectSlide = async (i: number) => {
    await expect(progress(page)).toHaveText(`${i} / ${n}`);
    await expect(slideTitle(page)).toHaveText(dataset.events[i - 1]!.title);
    await expect(page).toHaveURL(new RegExp(`event=${ids[i - 1]}&present=1`));
  };
  await expectSlide(1);
  await page.keyboard.press('ArrowLeft');
  await expectSlide(1);
  const moves: [string, number][] = [
    ['ArrowRight', 2],
    ['Space', 3],
    ['PageDown', 4],
    ['ArrowDown', 5],
    ['ArrowLeft', 4],
    ['Shift+Space', 3],
    ['PageUp', 2],
    ['ArrowUp', 1],
    ['End', n],
    ['Home', 1],
  ];
  for (const [key, slide] of moves) {
    await page.keyboard.press(key);
    await expectSlide(slide);
  }
  await presentation(page).getByRole('button', { name: 'Next' }).click();
  await expectSlide(2);
  // With the focus on a button, Space still means "next slide", once.
  await page.keyboard.press('Space');
  await expectSlide(3);
  await presentation(page).getByRole('button', { name: 'Previous' }).click();
  await expectSlide(2);
});

test('a slide shows exactly the shown outlets’ quotes, verbatim, each under its outlet', async ({
  page,
  dataset,
}) => {
  const MEETING = busiestEvent(dataset);
  const hidden = MEETING.outletIds[0]!;
  const shownOutlets = dataset.outlets.filter((o) => o.id !== hidden);
  await page.goto(`./?event=${MEETING.id}&outlets=${shownOutlets.map((o) => o.id).join(',')}`);
  await expect(presentButton(page)).toBeVisible();
  await page.keyboard.press('p');
  await expect(presentation(page)).toBeFocused();
  await expect(slideTitle(page)).toHaveText(MEETING.title);
  const slide = presentation(page);
  const hiddenName = dataset.outlets.find((o) => o.id === hidden)!.name;
  await expect(slide.getByRole('region', { name: hiddenName, exact: true })).toHaveCount(0);
  for (const outlet of shownOutlets.filter((o) => MEETING.outletIds.includes(o.id))) {
    const card = slide.getByRole('region', { name: outlet.name, exact: true });
    const quotes = MEETING.quotes.filter((q) => q.outletId === outlet.id);
    await expect(card.locator('blockquote')).toHaveText(quotes.map((q) => q.text));
  }
  await expect(slide.locator('blockquote')).toHaveCount(
    MEETING.quotes.filter((q) => q.outletId !== hidden).length,
  );
  await expect(slide.getByText(MEETING.summary, { exact: true })).toBeVisible();
});

test('the URL names the slide, and a reload resumes on it', async ({ page, dataset }) => {
  const last = dataset.events.at(-1)!;
  await page.goto('./');
  await startPresenting(page);
  await page.keyboard.press('End');
  await expect(page).toHaveURL(new RegExp(`\\?event=${last.id}&present=1$`));
  await page.reload();
  await expect(presentation(page)).toBeVisible();
  await expect(slideTitle(page)).toHaveText(last.title);
  await expect(progress(page)).toHaveText(`${dataset.events.length} / ${dataset.events.length}`);
});

test('entering pushes one history entry and moving between slides pushes none', async ({
  page,
  dataset,
}) => {
  await page.goto('./');
  const before = await page.evaluate(() => history.length);
  await startPresenting(page);
  await expect(progress(page)).toHaveText(`1 / ${dataset.events.length}`);
  for (let i = 0; i < 3; i++) await page.keyboard.press('PageDown');
  await expect(progress(page)).toHaveText(`4 / ${dataset.events.length}`);
  expect(await page.evaluate(() => history.length)).toBe(before + 1);
  await page.goBack();
  await expect(presentation(page)).toHaveCount(0);
  await expect(page).not.toHaveURL(/present=/);
});

test('presenting a briefing pack follows the pack’s order and keeps its notes for the speaker', async ({
  page,
  dataset,
}, testInfo) => {
  const MEETING = busiestEvent(dataset);
  const chosen = [dataset.events.at(-1)!, dataset.events[0]!, MEETING];
  const note = 'Stress the liaison officers; avoid speculating on the trade talks.';
  const code = encodePack({
    id: 'e2epack',
    title: 'Cabinet briefing',
    items: chosen.map((e) => ({ eventId: e.id, note: e.id === MEETING.id ? note : '' })),
  });
  await page.goto(`./?present=1&pack=${code}`);
  await expect(presentation(page)).toBeFocused();
  expect(await walkTitles(page, chosen.length)).toEqual(chosen.map((e) => e.title));

  // The note is for the speaker: hidden until asked for.
  await expect(slideTitle(page)).toHaveText(MEETING.title);
  const speakerNote = presentation(page).getByRole('complementary', { name: 'Speaker note' });
  await expect(speakerNote).toHaveCount(0);
  await page.keyboard.press('n');
  await expect(speakerNote).toHaveText(note);
  await page.screenshot({ path: testInfo.outputPath('pack-slide-with-note.png') });
  await expect(presentation(page).getByRole('button', { name: 'Notes' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await presentation(page).getByRole('button', { name: 'Notes' }).click();
  await expect(speakerNote).toHaveCount(0);
});

test('with nothing shown there is one slide that says so, with Exit', async ({
  page,
}, testInfo) => {
  await page.goto('./?present=1&outlets=');
  await expect(slideTitle(page)).toHaveText('Nothing to present');
  await page.screenshot({ path: testInfo.outputPath('empty-briefing.png') });
  await expect(presentation(page)).toContainText('No events match these filters');
  await expect(progress(page)).toHaveCount(0);
  await presentation(page).getByRole('button', { name: 'Exit presentation' }).click();
  await expect(presentation(page)).toHaveCount(0);
});

test('expected events say so, and the strip marks where the event sits', async ({
  page,
  dataset,
}, testInfo) => {
  const expected = dataset.events.find((e) => e.status === 'expected')!;
  // A span across years if there is one, else the longest span.
  const ranged =
    dataset.events.find((e) => e.date.start.slice(0, 4) !== e.date.end.slice(0, 4)) ??
    dataset.events.reduce((a, b) =>
      Date.parse(b.date.end) - Date.parse(b.date.start) >
      Date.parse(a.date.end) - Date.parse(a.date.start)
        ? b
        : a,
    );
  for (const event of [expected, ranged]) {
    await page.goto(`./?event=${event.id}&present=1`);
    await expect(slideTitle(page)).toHaveText(event.title);
    await expect(presentation(page).getByText('Expected', { exact: true })).toHaveCount(
      event.status === 'expected' ? 1 : 0,
    );
    const track = await presentation(page).getByRole('img').boundingBox();
    const marker = await presentation(page).getByTestId('strip-marker').boundingBox();
    const want = placeOnStrip(dataset.range, event.date);
    // The marker's centre sits within a few pixels of the event's span on the strip.
    const centre = (marker!.x + marker!.width / 2 - track!.x) / track!.width;
    expect(Math.abs(centre - (want.left + want.width / 2)) * track!.width).toBeLessThan(6);
    expect(marker!.width).toBeGreaterThanOrEqual(Math.max(4, want.width * track!.width - 2));
    await page.screenshot({ path: testInfo.outputPath(`${event.id}.png`) });
  }
  await expect(presentation(page).getByRole('img')).toHaveAccessibleName(/2018–2026/);
  for (const era of dataset.eras) {
    await expect(presentation(page).getByText(era.label, { exact: true })).toBeAttached();
  }
});

for (const size of [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
]) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`slides at ${size.width}×${size.height}, ${scheme}: everything shows or says "more below"`, async ({
      page,
      dataset,
    }, testInfo) => {
      await page.setViewportSize(size);
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      for (const event of [ordinaryEvent(dataset), busiestEvent(dataset)]) {
        await page.goto(`./?event=${event.id}&present=1`);
        await expect(slideTitle(page)).toHaveText(event.title);
        const quotes = presentation(page).getByRole('region', { name: 'Quotes' });
        await expect(quotes.locator('blockquote')).toHaveCount(event.quotes.length);
        // Nothing is cut off silently: the quotes fit, or the slide says there is more.
        const overflows = await quotes.evaluate((el) => el.scrollHeight > el.clientHeight + 1);
        await expect(presentation(page).getByText('More below')).toHaveCount(overflows ? 1 : 0);
        // Quotes stay readable: never below the floor of about 1 % of the width.
        const fontPx = await quotes
          .locator('blockquote')
          .first()
          .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
        expect(fontPx).toBeGreaterThanOrEqual(Math.min(13.5, size.width * 0.0094));
        // The slide never runs under the timeline strip.
        const quotesBox = (await quotes.boundingBox())!;
        const stripBox = (await presentation(page).locator('footer').boundingBox())!;
        expect(quotesBox.y + quotesBox.height).toBeLessThanOrEqual(stripBox.y + 1);
        await page.screenshot({
          path: testInfo.outputPath(`${event.id}-${size.width}x${size.height}-${scheme}.png`),
        });
      }
    });
  }
}

test('presenting goes full screen, and leaving full screen by the browser ends it', async ({
  page,
}) => {
  await page.goto('./');
  await startPresenting(page);
  await expect(presentation(page)).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => document.fullscreenElement?.getAttribute('aria-label')))
    .toBe('Presentation');
  await page.evaluate(() => document.exitFullscreen());
  await expect(presentation(page)).toHaveCount(0);
  await expect(page).not.toHaveURL(/present=/);
  await expect(presentButton(page)).toBeFocused();
});

test('quotes that overflow can be scrolled from the keyboard, and the clicker still changes slides', async ({
  page,
  dataset,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const MEETING = busiestEvent(dataset);
  const index = dataset.events.findIndex((e) => e.id === MEETING.id);
  await page.goto(`./?event=${MEETING.id}&present=1`);
  const quotes = presentation(page).getByRole('region', { name: 'Quotes' });
  await expect(presentation(page).getByText('More below')).toBeVisible();
  await quotes.focus();
  for (let i = 0; i < 40; i++) await page.keyboard.press('ArrowDown');
  await expect(progress(page)).toHaveText(`${index + 1} / ${dataset.events.length}`);
  await expect.poll(() => quotes.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  // At the end there is nothing more below.
  await expect(presentation(page).getByText('More below')).toHaveCount(0);
  await page.keyboard.press('PageDown');
  await expect(progress(page)).toHaveText(`${index + 2} / ${dataset.events.length}`);
});
