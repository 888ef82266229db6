/**
 * Render errors forced in the built app, with no hook in its code: a browser API that a
 * part of the page calls while rendering is made to throw for a while (from the test's
 * init script), then to work again.
 */
import { expect, test, type Page } from '@playwright/test';
import { loadBuiltDataset } from './dataset.ts';

const dataset = loadBuiltDataset();
const [first, second] = dataset.events;

type Breakable = Window & { __break?: Record<string, boolean> };

/** Makes `name` throw while `window.__break[name]` is set. */
async function breakable(page: Page, initiallyBroken: Record<string, boolean> = {}) {
  await page.addInitScript((broken) => {
    const w = window as Breakable;
    w.__break = { ...broken };
    const fail = (what: string) => {
      throw new TypeError(`${what} failed (forced by the test)`);
    };
    // The event details reset their scroll position when an event opens.
    const scrollTop = Object.getOwnPropertyDescriptor(Element.prototype, 'scrollTop')!;
    Object.defineProperty(Element.prototype, 'scrollTop', {
      ...scrollTop,
      set(value: number) {
        if (w.__break?.scrollTop && this.getAttribute('aria-label') === 'Event details') {
          fail('Setting scrollTop');
        }
        scrollTop.set!.call(this, value);
      },
    });
    // The list scrolls the selected event into view.
    const scrollIntoView = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = function (...args) {
      if (w.__break?.scrollIntoView) fail('scrollIntoView');
      return scrollIntoView.apply(this, args);
    };
    // URL sync rewrites the address; some sandboxes refuse (SecurityError).
    const replaceState = History.prototype.replaceState;
    History.prototype.replaceState = function (...args) {
      if (w.__break?.replaceState) {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      }
      return replaceState.apply(this, args);
    };
  }, initiallyBroken);
  return (name: string, broken: boolean) =>
    page.evaluate(
      ([n, b]) => {
        (window as Breakable).__break![n as string] = b as boolean;
      },
      [name, broken] as const,
    );
}

const details = (page: Page) => page.getByRole('complementary', { name: 'Event details' });
const list = (page: Page) => page.getByRole('list', { name: 'Events' });

test('a failure in the event details shows what failed there, leaves the rest usable, and Try again recovers', async ({
  page,
}) => {
  const setBroken = await breakable(page);
  await page.goto('./');
  await setBroken('scrollTop', true);
  await list(page).getByRole('button', { name: first!.title }).click();

  const failed = page.getByRole('region', { name: 'The event details' });
  const alert = failed.getByRole('alert');
  await expect(alert.getByRole('heading')).toHaveText('The event details could not be shown');
  await expect(alert).toContainText(
    'What failed: TypeError: Setting scrollTop failed (forced by the test)',
  );
  await expect(alert.getByRole('button', { name: 'Reload' })).toBeVisible();

  // The other regions still work: the list selects, the filters filter.
  await list(page).getByRole('button', { name: second!.title }).click();
  await expect(list(page).getByRole('button', { name: second!.title })).toHaveAttribute(
    'aria-current',
    'true',
  );
  await page.getByRole('checkbox', { name: /^Only events where outlets differ/ }).check();
  await expect(page.getByRole('status').filter({ hasText: 'events shown' })).toBeVisible();
  await page.getByRole('checkbox', { name: /^Only events where outlets differ/ }).uncheck();
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();

  // Still broken: Try again fails again, and says so.
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(failed.getByRole('alert')).toContainText('Setting scrollTop failed');

  await setBroken('scrollTop', false);
  await failed.getByRole('button', { name: 'Try again' }).click();
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(second!.title);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a failure in the list of events is kept to the list; Reload starts afresh', async ({
  page,
}) => {
  const setBroken = await breakable(page);
  await page.goto('./');
  await setBroken('scrollIntoView', true);
  await list(page).getByRole('button', { name: first!.title }).click();

  const failed = page.getByRole('region', { name: 'The list of events' });
  await expect(failed.getByRole('alert')).toContainText(
    'The list of events could not be shownWhat failed: TypeError: scrollIntoView failed (forced by the test)',
  );
  // The selection went through everywhere else.
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(first!.title);
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();

  // A reload loses the forced fault (the init script starts it off): the list is back,
  // on the same event.
  await failed.getByRole('button', { name: 'Reload' }).click();
  await expect(list(page).getByRole('button', { name: first!.title })).toHaveAttribute(
    'aria-current',
    'true',
  );
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a failure outside every region shows a whole-page message, not a blank page; Try again recovers', async ({
  page,
}) => {
  const setBroken = await breakable(page, { replaceState: true });
  // An unknown event: the URL must be rewritten at start, which is what fails.
  await page.goto('./?event=no-such-event');
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { level: 1 })).toHaveText(
    'Something went wrong while showing the app',
  );
  await expect(alert).toContainText('What failed: SecurityError: The operation is insecure.');
  await page.screenshot({ path: test.info().outputPath('app-failed.png') });

  await setBroken('replaceState', false);
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(list(page)).toBeVisible();
  await expect.poll(() => new URL(page.url()).search).toBe('');
  await expect(page.getByRole('alert')).toHaveCount(0);
});
