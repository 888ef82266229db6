import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { buildCitation } from '../src/lib/citation.ts';
import { loadBuiltDataset } from './dataset.ts';

const dataset = loadBuiltDataset();
const list = (page: Page) => page.getByRole('list', { name: 'Events' });
const details = (page: Page) => page.getByRole('complementary', { name: 'Event details' });
const presentation = (page: Page) => page.getByRole('dialog', { name: 'Presentation' });
const listCount = (page: Page) => page.getByRole('status').filter({ hasText: /events( shown)?$/ });
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const row = (page: Page, title: string) =>
  list(page).getByRole('button', {
    name: new RegExp(`^${escape(title.slice(0, 30))}|${escape(title)}`),
  });

/** The busiest event: every outlet, differences, many quotes. */
const MEETING = dataset.events.reduce((a, b) => (b.quotes.length > a.quotes.length ? b : a));
/** An outlet some events have to themselves: switching it off shortens the list. */
const SOLE = dataset.outlets.find((o) => dataset.events.some((e) => e.outletIds.join() === o.id))!;
const withoutSole = dataset.events.filter((e) => e.outletIds.some((id) => id !== SOLE.id));

const matches = (word: string) =>
  withoutSole.filter((e) =>
    [e.title, e.summary, ...e.quotes.map((q) => q.text)]
      .join(' ')
      .toLowerCase()
      .includes(word.toLowerCase()),
  );
/** A word of the meeting's title that finds it among a few other events. */
const WORD = MEETING.title
  .split(/\W+/)
  .filter((w) => w.length > 4 && matches(w).length > 1)
  .sort((a, b) => matches(a).length - matches(b).length)[0]!;

// ---- Automated scans ----

/** The views a reader sees, each ready to scan. */
const VIEWS: Record<string, (page: Page) => Promise<void>> = {
  'the main view': async (page) => {
    await page.goto('./');
    await expect(page.locator('.vis-timeline .vis-item').first()).toBeVisible();
  },
  'the detail pane of the busiest event, a quote in context': async (page) => {
    await page.goto(`./?event=${MEETING.id}`);
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(MEETING.title);
    await details(page).getByRole('button', { name: 'Show in context' }).first().click();
    await expect(details(page).locator('mark.quote-in-context')).toBeVisible();
  },
  'search results': async (page) => {
    await page.goto('./');
    await page.getByRole('searchbox', { name: 'Search' }).fill(WORD);
    await expect(list(page).locator('mark.search-match').first()).toBeVisible();
  },
  'the coverage view': async (page) => {
    await page.goto(`./?view=coverage&event=${MEETING.id}`);
    await expect(page.getByRole('grid', { name: 'Coverage' })).toBeVisible();
  },
  'the outlets panel': async (page) => {
    await page.goto('./');
    await page.getByRole('button', { name: 'Outlets', exact: true }).click();
    await expect(page.getByRole('region', { name: 'Outlets', exact: true })).toBeVisible();
  },
  'the pack panel': async (page) => {
    await page.goto(`./?event=${MEETING.id}`);
    await details(page).getByRole('button', { name: 'Add to pack' }).click();
    await page.getByRole('button', { name: /^Pack \(1\)/ }).click();
    await expect(page.getByRole('region', { name: 'Briefing pack' })).toBeVisible();
  },
  'the Export menu': async (page) => {
    await page.goto('./');
    await page.getByRole('button', { name: 'Export' }).click();
    await expect(page.getByRole('list', { name: 'Export formats' })).toBeVisible();
  },
  'presentation mode': async (page) => {
    await page.goto(`./?event=${MEETING.id}&present=1`);
    await expect(presentation(page).getByRole('heading', { level: 2 })).toHaveText(MEETING.title);
  },
  'the print view': async (page) => {
    await page.goto('./');
    await page.evaluate(() => (window.print = () => {}));
    await page.getByRole('button', { name: 'Export' }).click();
    await page.getByRole('button', { name: 'Print handout…' }).click();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('article', { name: 'Handout' })).toBeVisible();
  },
};

for (const colorScheme of ['light', 'dark'] as const) {
  for (const [view, open] of Object.entries(VIEWS)) {
    test(`${view} has no serious or critical accessibility violations (${colorScheme})`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme });
      await open(page);
      // With the Export menu open, only the menu is new: the page under it is scanned in the
      // other views, and controls the open menu partly covers would count as too small.
      const scan = new AxeBuilder({ page });
      if (view === 'the Export menu') scan.include('.export-menu');
      const results = await scan
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      // Contrast is part of the scan (AA), never switched off.
      expect(
        [...results.passes, ...results.violations, ...results.incomplete].some(
          (rule) => rule.id === 'color-contrast',
        ),
      ).toBe(true);
      const serious = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target).join(', ')}`);
      expect(serious).toEqual([]);
    });
  }
}

// ---- The keyboard alone ----

interface Ring {
  outline: string;
  shadow: string;
}

/**
 * The focused element shows that it has the focus: an outline or shadow it does not have
 * unfocused, in view. Elements only scripts focus (tabindex -1: a dialog, a heading) are
 * where the focus is put, not controls, and are exempt.
 */
async function expectVisibleFocus(page: Page, step: string): Promise<string> {
  const focus = await page.evaluate(() => {
    const el = document.activeElement;
    if (!(el instanceof HTMLElement) || el === document.body) return null;
    const ring = (): Ring => {
      const s = getComputedStyle(el);
      const visibleOutline =
        s.outlineStyle !== 'none' &&
        parseFloat(s.outlineWidth) >= 2 &&
        !/rgba\(.*, 0\)$|transparent/.test(s.outlineColor);
      return {
        outline: visibleOutline ? `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}` : '',
        shadow: s.boxShadow === 'none' ? '' : s.boxShadow,
      };
    };
    const focused = ring();
    el.blur();
    const unfocused = ring();
    el.focus({ preventScroll: true });
    const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? el.tagName;
    return {
      what: `${el.tagName.toLowerCase()} "${name}"`,
      scriptOnly: el.tabIndex < 0,
      refocused: document.activeElement === el,
      focused,
      unfocused,
    };
  });
  expect(focus, `${step}: something has the focus`).not.toBeNull();
  const { what, scriptOnly, refocused, focused, unfocused } = focus!;
  expect(refocused, `${step}: ${what} takes the focus back`).toBe(true);
  await expect(page.locator(':focus'), `${step}: ${what} is in view`).toBeInViewport();
  if (!scriptOnly) {
    const shows =
      (focused.outline !== '' && focused.outline !== unfocused.outline) ||
      (focused.shadow !== '' && focused.shadow !== unfocused.shadow);
    expect(shows, `${step}: ${what} shows its focus (${JSON.stringify(focused)})`).toBe(true);
  }
  return what;
}

/** Presses `key` (Tab by default) until `target` has the focus, checking every stop on the way. */
async function moveFocusTo(page: Page, target: Locator, step: string, key = 'Tab') {
  for (let presses = 0; presses < 80; presses++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(key);
    await expectVisibleFocus(page, `${step} (${key} ×${presses + 1})`);
  }
  throw new Error(`${step}: ${key} never reached the target`);
}

test('a whole session by keyboard alone: filter, find, open, context, cite, present, leave', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./');
  await expect(list(page).getByRole('listitem')).toHaveCount(dataset.events.length);
  await expect(listCount(page)).toHaveText(`All ${dataset.events.length} events`);

  // Switch an outlet off.
  const checkbox = page.getByRole('checkbox', { name: new RegExp(`^${escape(SOLE.name)}`) });
  await moveFocusTo(page, checkbox, 'to the outlet filter');
  await page.keyboard.press('Space');
  await expect(checkbox).not.toBeChecked();
  await expect(list(page).getByRole('listitem')).toHaveCount(withoutSole.length);
  await expect(listCount(page)).toHaveText(
    `${withoutSole.length} of ${dataset.events.length} events shown`,
  );

  // Find: `/` goes to the search box.
  await page.keyboard.press('/');
  const search = page.getByRole('searchbox', { name: 'Search' });
  await expect(search).toBeFocused();
  await expectVisibleFocus(page, 'the search box');
  await page.keyboard.type(WORD);
  await expect(list(page).getByRole('listitem')).toHaveCount(matches(WORD).length);
  await expect(listCount(page)).toHaveText(
    `${matches(WORD).length} of ${dataset.events.length} events shown`,
  );

  // Open an event: back to the skip link, into the list, along to the event, Enter.
  const skip = page.getByRole('link', { name: 'Skip to the list of events' });
  await moveFocusTo(page, skip, 'back to the skip link', 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(list(page)).toBeFocused();
  const meetingRow = row(page, MEETING.title);
  await moveFocusTo(page, meetingRow, 'along the list');
  await page.keyboard.press('Enter');
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(MEETING.title);
  await expect(meetingRow).toHaveAttribute('aria-current', 'true');
  await expect(page).toHaveURL(new RegExp(`event=${MEETING.id}`));

  // Show a quote in context.
  const wrote = details(page).getByRole('region', { name: 'What the outlets wrote' });
  const card = wrote
    .getByRole('listitem')
    .filter({ has: page.locator('blockquote') })
    .first();
  const quoteText = (await card.locator('blockquote').textContent())!.trim();
  const quote = MEETING.quotes.find((q) => q.text === quoteText)!;
  expect(quote, 'the first quote shown is one of the event’s').toBeDefined();
  const showContext = card.getByRole('button', { name: 'Show in context' });
  await moveFocusTo(page, showContext, 'into the detail pane');
  await page.keyboard.press('Enter');
  await expect(card.getByRole('button', { name: 'Hide context' })).toBeFocused();
  await expect(card.getByRole('button', { name: 'Hide context' })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  await expect(card.locator('mark.quote-in-context')).toHaveText(quote.text);
  await expect(card).toContainText(quote.context.text);

  // Copy its citation.
  const copy = card.getByRole('button', { name: 'Copy citation' });
  await moveFocusTo(page, copy, 'to Copy citation');
  await page.keyboard.press('Enter');
  await expect(card.getByRole('status')).toHaveText('Citation copied');
  const article = dataset.articles.find((a) => a.id === quote.articleId)!;
  const outlet = dataset.outlets.find((o) => o.id === quote.outletId)!;
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    buildCitation({ quote, outlet, article }),
  );

  // Present (P), on the open event; move through the slides of the search results.
  await page.keyboard.press('p');
  await expect(presentation(page)).toBeFocused();
  const slides = matches(WORD);
  const at = slides.findIndex((e) => e.id === MEETING.id);
  const slideTitle = presentation(page).getByRole('heading', { level: 2 });
  const progress = presentation(page).getByText(/^\d+ \/ \d+$/);
  await expect(slideTitle).toHaveText(MEETING.title);
  await expect(progress).toHaveText(`${at + 1} / ${slides.length}`);
  const next = at + 1 < slides.length ? at + 1 : at - 1;
  await page.keyboard.press(next > at ? 'ArrowRight' : 'ArrowLeft');
  await expect(slideTitle).toHaveText(slides[next]!.title);
  await expect(progress).toHaveText(`${next + 1} / ${slides.length}`);
  // Tab reaches the slide controls, visibly, and stays inside the presentation.
  const exit = presentation(page).getByRole('button', { name: 'Exit', exact: true });
  await moveFocusTo(page, exit, 'to the slide controls');

  // Leave: Esc. The focus returns to Present, the explorer shows the last slide's event.
  await page.keyboard.press('Escape');
  await expect(presentation(page)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Present' })).toBeFocused();
  await expectVisibleFocus(page, 'back from presenting');
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(slides[next]!.title);
  await expect(search).toHaveValue(WORD);
  await expect(checkbox).not.toBeChecked();
});

// ---- Motion ----

/** Where the timeline's window is, read from the URL the app keeps it in (null: the whole range). */
const urlWindow = (page: Page) =>
  page.evaluate(() => {
    const params = new URLSearchParams(location.search);
    return params.has('from') ? `${params.get('from')}..${params.get('to')}` : null;
  });

/**
 * Presses `key` from inside the page and reports the window after two animation frames
 * (vis-timeline draws on the next frame) and once everything has settled.
 */
async function windowAfterKey(page: Page, key: string) {
  const soon = await page.evaluate(async (key) => {
    window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    for (let i = 0; i < 2; i++) await new Promise((r) => requestAnimationFrame(r));
    const params = new URLSearchParams(location.search);
    return params.has('from') ? `${params.get('from')}..${params.get('to')}` : null;
  }, key);
  await page.waitForTimeout(800);
  return { soon, settled: await urlWindow(page) };
}

/** Screen positions of the axis's labels, frame by frame, while `key` zooms. */
async function axisFrames(page: Page, key: string): Promise<string[]> {
  return page.evaluate(async (key) => {
    const axis = () =>
      [...document.querySelectorAll('.vis-time-axis.vis-foreground .vis-text')]
        .map((label) => `${label.textContent}@${Math.round(label.getBoundingClientRect().left)}`)
        .join(' ');
    const frames = [axis()];
    window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    for (let i = 0; i < 40; i++) {
      await new Promise((r) => requestAnimationFrame(r));
      frames.push(axis());
    }
    return frames;
  }, key);
}

for (const reducedMotion of ['reduce', 'no-preference'] as const) {
  test.describe(`with prefers-reduced-motion: ${reducedMotion}`, () => {
    test.use({ reducedMotion });
    const reduce = reducedMotion === 'reduce';

    test(`zooming ${reduce ? 'jumps' : 'glides'} to the new window`, async ({ page }) => {
      await page.goto('./');
      await expect(page.locator('.vis-timeline .vis-item').first()).toBeVisible();
      const frames = await axisFrames(page, '+');
      const distinct = new Set(frames).size;
      if (reduce) {
        // Before, then after: no frames in between.
        expect(distinct, frames.join('\n')).toBe(2);
      } else {
        expect(distinct, frames.join('\n')).toBeGreaterThan(4);
      }
      const { soon, settled } = await windowAfterKey(page, '+');
      expect(settled).not.toBeNull();
      if (reduce) expect(soon).toBe(settled);
      else expect(soon).not.toBe(settled);
    });

    test(`selecting an event off screen ${reduce ? 'jumps' : 'glides'} to it`, async ({ page }) => {
      const [first, last] = [dataset.events[0]!, dataset.events.at(-1)!];
      // Zoomed in on the first event; the last is far off screen.
      await page.goto(
        `./?event=${first.id}&from=${first.date.start}&to=${addDays(first.date.start, 90)}`,
      );
      await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(first.title);
      // vis-timeline shows its first drawing once its initial window has settled.
      await expect(page.locator('.vis-timeline .vis-item').first()).toBeVisible();
      await page.waitForTimeout(500);
      const before = await urlWindow(page);
      const frames = await axisFrames(page, 'End');
      const distinct = new Set(frames).size;
      if (reduce) expect(distinct, frames.join('\n')).toBe(2);
      else expect(distinct, frames.join('\n')).toBeGreaterThan(4);
      await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(last.title);
      await expect.poll(() => urlWindow(page)).not.toBe(before);
      expect((await urlWindow(page))!.split('..')[1]! >= last.date.start).toBe(true);
    });

    test(`CSS transitions and animations are ${reduce ? 'off' : 'on'}`, async ({ page }) => {
      await page.goto(`./?event=${MEETING.id}&present=1`);
      await expect(presentation(page).getByRole('heading', { level: 2 })).toHaveText(MEETING.title);
      const moving = await page.evaluate(() =>
        [...document.querySelectorAll('*')].flatMap((el) => {
          const s = getComputedStyle(el);
          const seconds = (list: string) => Math.max(...list.split(',').map((t) => parseFloat(t)));
          const animated = s.animationName !== 'none' && seconds(s.animationDuration) > 0.01;
          const transitions = seconds(s.transitionDuration) > 0.01;
          return animated || transitions ? [`${el.tagName}.${el.className}`] : [];
        }),
      );
      if (reduce) expect(moving).toEqual([]);
      else expect(moving.some((el) => el.includes('slide'))).toBe(true);
    });
  });
}

function addDays(day: string, days: number): string {
  return new Date(Date.parse(day) + days * 86_400_000).toISOString().slice(0, 10);
}

// ---- Announcements ----

/** The live region, the same node before and after: a replaced region is not announced. */
async function expectAnnounced(status: Locator, change: () => Promise<void>, text: string) {
  await expect(status).toHaveAttribute('role', 'status');
  const node = await status.elementHandle();
  await change();
  await expect(status).toHaveText(text);
  expect(await node!.evaluate((el) => el.isConnected)).toBe(true);
  expect(await status.evaluate((el, before) => el === before, node)).toBe(true);
}

test('the event count is announced when filters, search and the differences filter change', async ({
  page,
}) => {
  await page.goto('./');
  const total = dataset.events.length;
  const status = listCount(page);
  await expect(status).toHaveText(`All ${total} events`);
  await expectAnnounced(
    status,
    () => page.getByRole('checkbox', { name: new RegExp(`^${escape(SOLE.name)}`) }).uncheck(),
    `${withoutSole.length} of ${total} events shown`,
  );
  const differing = withoutSole.filter((e) => e.differences.length > 0);
  await expectAnnounced(
    status,
    () => page.getByRole('checkbox', { name: /^Only events where outlets differ/ }).check(),
    `${differing.length} of ${total} events shown`,
  );
  await expectAnnounced(
    status,
    () => page.getByRole('button', { name: 'Hide all themes' }).click(),
    `0 of ${total} events shown`,
  );
  await expect(page.getByText('No events match these filters.')).toBeVisible();
  await expectAnnounced(
    status,
    () => page.getByRole('button', { name: 'Reset filters and search' }).click(),
    `All ${total} events`,
  );
  await expectAnnounced(
    status,
    () => page.getByRole('searchbox', { name: 'Search' }).fill(WORD),
    `${dataset.events.filter((e) => matchesIn(e, WORD)).length} of ${total} events shown`,
  );
});

test('the coverage table announces its size when filters change', async ({ page }) => {
  await page.goto('./?view=coverage');
  const { events, outlets } = dataset;
  const status = page.getByRole('status').filter({ hasText: / × / });
  await expect(status).toHaveText(`${events.length} events × ${outlets.length} outlets`);
  await expectAnnounced(
    status,
    () => page.getByRole('checkbox', { name: new RegExp(`^${escape(SOLE.name)}`) }).uncheck(),
    `${withoutSole.length} events × ${outlets.length - 1} outlets`,
  );
  const differing = withoutSole.filter((e) => e.differences.length > 0);
  await expectAnnounced(
    status,
    () => page.getByRole('checkbox', { name: /^Only events where outlets differ/ }).check(),
    `${differing.length} events × ${outlets.length - 1} outlets`,
  );
});

function matchesIn(event: (typeof dataset.events)[number], word: string): boolean {
  return [event.title, event.summary, ...event.quotes.map((q) => q.text)]
    .join(' ')
    .toLowerCase()
    .includes(word.toLowerCase());
}
