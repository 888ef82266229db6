import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import {
  CONTENT_SECURITY_POLICY,
  META_CONTENT_SECURITY_POLICY,
  SECURITY_HEADERS,
} from '../security-headers.ts';
import { loadBuiltDataset } from './dataset.ts';

const dataset = loadBuiltDataset();
const list = (page: Page) => page.getByRole('list', { name: 'Events' });
const details = (page: Page) => page.getByRole('complementary', { name: 'Event details' });
const presentation = (page: Page) => page.getByRole('dialog', { name: 'Presentation' });

/** The busiest event: every outlet, differences, quotes with context. */
const MEETING = dataset.events.reduce((a, b) => (b.quotes.length > a.quotes.length ? b : a));

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  source: string;
}

/**
 * Records every CSP violation the page reports (from before its first script), and every
 * console message about one, so a refused resource cannot go unnoticed.
 */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: Violation[] = [];
    Object.defineProperty(window, 'cspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push({
        directive: e.effectiveDirective,
        blocked: e.blockedURI,
        sample: e.sample,
        source: `${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`,
      }),
    );
  });
  const console: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) console.push(message.text());
  });
  return async () => {
    const events = await page.evaluate(
      () => (window as unknown as { cspViolations: Violation[] }).cspViolations,
    );
    return [
      ...events.map((v) => `${v.directive}: ${v.blocked} ${v.sample} (${v.source})`),
      ...console,
    ];
  };
}

/** Chooses `label` in the Export menu and waits for the file. */
async function exportAs(page: Page, label: string): Promise<string> {
  await page.getByRole('button', { name: 'Export' }).click();
  const downloading = page.waitForEvent('download');
  await page
    .getByRole('list', { name: 'Export formats' })
    .getByRole('button', { name: label })
    .click();
  const file = await downloading;
  const path = await file.path();
  expect(readFileSync(path!).length, label).toBeGreaterThan(0);
  return file.suggestedFilename();
}

test('the app is served with the security headers, and the built page carries the policy first', async ({
  page,
}) => {
  const response = await page.goto('./');
  const headers = response!.headers();
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    expect(headers[name.toLowerCase()], name).toBe(value);
  }
  expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  // The meta tag is the first element of <head>, ahead of every script and stylesheet.
  const head = await page.evaluate(() =>
    [...document.head.children].map((el) => [el.tagName, el.getAttribute('http-equiv')]),
  );
  expect(head[0]).toEqual(['META', 'Content-Security-Policy']);
  const meta = page.locator('meta[http-equiv="Content-Security-Policy"]');
  await expect(meta).toHaveAttribute('content', META_CONTENT_SECURITY_POLICY);
  // What hosts that read a _headers file get (Netlify, Cloudflare Pages).
  const file = readFileSync(new URL('../dist/_headers', import.meta.url), 'utf8');
  expect(file).toContain(`Content-Security-Policy: ${CONTENT_SECURITY_POLICY}\n`);
});

test('a whole session runs without a single CSP violation', async ({ page, context }) => {
  test.setTimeout(120_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const violations = await watchViolations(page);
  await page.goto('./');
  await expect(list(page).getByRole('listitem')).toHaveCount(dataset.events.length);
  await expect(page.locator('.vis-timeline .vis-item').first()).toBeVisible();

  // The timeline: zoom, and a tooltip (built from DOM nodes by the adapter).
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(page).toHaveURL(/from=/);
  await page.getByRole('button', { name: /^All \d{4}/ }).click();
  // The first event stands alone in 2018, so nothing overlaps the item hovered.
  const alone = dataset.events[0]!;
  await page
    .locator('.vis-timeline .vis-item', { has: page.locator(`[data-event-id="${alone.id}"]`) })
    .hover();
  await expect(page.locator('.vis-tooltip')).toContainText(alone.title);

  // An event, a quote in context, a citation copied.
  await list(page)
    .getByRole('button', { name: new RegExp(MEETING.title.slice(0, 30)) })
    .click();
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(MEETING.title);
  await details(page).getByRole('button', { name: 'Show in context' }).first().click();
  await expect(details(page).locator('mark.quote-in-context').first()).toBeVisible();
  await details(page).getByRole('button', { name: 'Copy citation' }).first().click();
  await expect(
    details(page).getByRole('status').filter({ hasText: 'Citation copied' }),
  ).toBeVisible();

  // The coverage view (a lazy chunk with its own stylesheet) and the outlets panel.
  await page.getByRole('button', { name: 'Coverage', exact: true }).click();
  await expect(page.getByRole('grid', { name: 'Coverage' })).toBeVisible();
  expect(await exportCoverageTable(page)).toMatch(/\.csv$/);
  await page.getByRole('button', { name: 'Timeline', exact: true }).click();
  await page.getByRole('button', { name: 'Outlets', exact: true }).click();
  const outlets = page.getByRole('region', { name: 'Outlets', exact: true });
  await expect(outlets.getByRole('heading', { name: 'Outlets', level: 2 })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(outlets).toHaveCount(0);

  // The pack panel.
  await details(page).getByRole('button', { name: 'Add to pack' }).click();
  await page.getByRole('button', { name: /^Pack \(1\)/ }).click();
  await expect(page.getByRole('region', { name: 'Briefing pack' })).toBeVisible();
  await page.keyboard.press('Escape');

  // Presenting.
  await page.getByRole('button', { name: 'Present' }).click();
  await expect(presentation(page)).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Escape');
  await expect(presentation(page)).toHaveCount(0);

  // Printing the handout (the dialog itself cannot be driven: it is stubbed).
  await page.evaluate(() => (window.print = () => {}));
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('button', { name: 'Print handout…' }).click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('article', { name: 'Handout' })).toBeVisible();
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.emulateMedia({ media: 'screen' });

  // Every export: pdfmake, pptxgenjs and the text formats.
  expect(await exportAs(page, 'PDF handout (.pdf)')).toMatch(/\.pdf$/);
  expect(await exportAs(page, 'PowerPoint deck (.pptx)')).toMatch(/\.pptx$/);
  expect(await exportAs(page, 'Markdown brief (.md)')).toMatch(/\.md$/);
  expect(await exportAs(page, 'Spreadsheet of quotes (.csv)')).toMatch(/\.csv$/);

  expect(await violations()).toEqual([]);
});

async function exportCoverageTable(page: Page): Promise<string> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download table (.csv)' }).click();
  return (await downloading).suggestedFilename();
}

for (const delivery of ['header and meta tag', 'meta tag alone'] as const) {
  test.describe(`under the ${delivery}`, () => {
    test.beforeEach(async ({ page }) => {
      if (delivery === 'meta tag alone') {
        // A host that sends no headers: only the built page's own <meta> applies.
        await page.route('**/*', async (route) => {
          const response = await route.fetch();
          const headers = { ...response.headers() };
          delete headers['content-security-policy'];
          await route.fulfill({ response, headers });
        });
      }
    });

    test('injected inline script, eval and inline styles are refused', async ({ page }) => {
      const violations = await watchViolations(page);
      const response = await page.goto('./');
      expect(response!.headers()['content-security-policy'] !== undefined).toBe(
        delivery === 'header and meta tag',
      );
      await expect(list(page)).toBeVisible();
      const outcome = await page.evaluate(async () => {
        const w = window as Window & { inlineRan?: boolean };
        const script = document.createElement('script');
        script.textContent = 'window.inlineRan = true';
        document.head.append(script);
        const handler = document.createElement('img');
        handler.setAttribute('onerror', 'window.inlineRan = true');
        handler.src = 'data:,not-an-image';
        document.body.append(handler);
        // Later, from the page's own task: code evaluated by the test itself may eval.
        const evaluated = await new Promise<string>((resolve) =>
          setTimeout(() => {
            try {
              resolve(String(eval('"eval ran"')));
            } catch (error) {
              resolve((error as Error).name);
            }
          }),
        );
        const styled = document.createElement('p');
        styled.innerHTML = '<span style="color: rgb(255, 0, 0)">x</span>';
        document.body.append(styled);
        const sheet = document.createElement('style');
        sheet.textContent = 'body { background-color: rgb(255, 0, 0) !important; }';
        document.head.append(sheet);
        await new Promise((resolve) => setTimeout(resolve, 200));
        return {
          inlineRan: w.inlineRan === true,
          evaluated,
          inlineStyle: getComputedStyle(styled.firstElementChild!).color,
          styleElement: getComputedStyle(document.body).backgroundColor,
        };
      });
      expect(outcome.inlineRan).toBe(false);
      expect(outcome.evaluated).toBe('EvalError');
      expect(outcome.inlineStyle).not.toBe('rgb(255, 0, 0)');
      expect(outcome.styleElement).not.toBe('rgb(255, 0, 0)');
      const reported = await violations();
      for (const directive of [
        'script-src-elem',
        'script-src-attr',
        'style-src-attr',
        'style-src-elem',
      ]) {
        expect(
          reported.some((v) => v.startsWith(`${directive}:`)),
          directive,
        ).toBe(true);
      }
    });
  });
}

test('no page can frame the app, not even its own', async ({ page, baseURL }) => {
  // Same origin, so nothing but frame-ancestors (and X-Frame-Options) stands in the way.
  await page.route(`${baseURL}framer.html`, (route) =>
    route.fulfill({ contentType: 'text/html', body: `<iframe src="${baseURL}"></iframe>` }),
  );
  await page.goto('./framer.html');
  // Refused: the frame holds the browser's error page, never the app.
  await expect.poll(() => page.frames()[1]?.url()).toMatch(/^chrome-error:/);
  await expect(
    page.frameLocator('iframe').getByRole('heading', { name: 'India–Canada relations' }),
  ).toHaveCount(0);
});

/** Every link on the page that leaves the app, with how it opens. */
const linksOut = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLAnchorElement>('a[href]')]
      .filter((a) => new URL(a.href).origin !== location.origin)
      .map((a) => ({ href: a.href, target: a.target, rel: a.rel.split(/\s+/).sort().join(' ') })),
  );

test('every link out of the app opens in a new tab with no opener and no referrer', async ({
  page,
}) => {
  const articleUrls = (articleIds: string[]) =>
    new Set(dataset.articles.filter((a) => articleIds.includes(a.id) && a.url).map((a) => a.url!));
  const meetingUrls = articleUrls(MEETING.quotes.map((q) => q.articleId));
  expect(meetingUrls.size).toBeGreaterThan(1);
  const expectSafe = async (view: string, expectedUrls: Set<string>) => {
    const links = await linksOut(page);
    expect(new Set(links.map((l) => l.href)), view).toEqual(
      new Set([...expectedUrls].map((u) => new URL(u).href)),
    );
    for (const link of links) {
      expect(link, `${view}: ${link.href}`).toEqual({
        href: link.href,
        target: '_blank',
        rel: 'noopener noreferrer',
      });
    }
  };

  await page.goto(`./?event=${MEETING.id}`);
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(MEETING.title);
  await expectSafe('the detail pane', meetingUrls);

  await page.getByRole('button', { name: 'Coverage', exact: true }).click();
  await expect(page.getByRole('grid', { name: 'Coverage' })).toBeVisible();
  await expectSafe('the coverage view', meetingUrls);

  await page.getByRole('button', { name: 'Outlets', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Outlets', exact: true })).toBeVisible();
  await expectSafe(
    'the outlets panel',
    new Set([...meetingUrls, ...articleUrls(dataset.articles.map((a) => a.id))]),
  );
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Present' }).click();
  await expect(presentation(page)).toBeFocused();
  await expect(presentation(page).getByRole('heading', { level: 2 })).toHaveText(MEETING.title);
  // The slide's links, and the detail pane's behind it (inert, but in the page).
  await expectSafe('a slide', meetingUrls);
});
