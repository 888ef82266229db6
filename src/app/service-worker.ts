import { useAppUpdateStore } from '../features/offline/app-update-store.ts';
import { scheduleUpdateChecks } from '../lib/schedule-update-checks.ts';

/**
 * Registers the precaching service worker (production builds only) so the app and its dataset
 * work offline after one visit, and offers a reload when a newer deployment is waiting. Loaded
 * lazily, after first paint; where service workers are unavailable (file:, some privacy modes)
 * the app simply runs online.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  import('virtual:pwa-register')
    .then(({ registerSW }) => {
      const updateSW = registerSW({
        onNeedRefresh: () =>
          useAppUpdateStore.getState().offerUpdate(async () => {
            reloadWhenTheNewVersionTakesOver();
            await updateSW(true);
          }),
        // We reload ourselves (above): the plugin only does so for pages that were already
        // controlled when they loaded, and a first visit is claimed by the worker later.
        onNeedReload: () => {},
        onRegisteredSW: (_url, registration) => {
          if (registration) scheduleUpdateChecks(registration);
        },
        onRegisterError: warnNoOfflineCopy,
      });
    })
    .catch(warnNoOfflineCopy);
}

function reloadWhenTheNewVersionTakesOver(): void {
  navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {
    once: true,
  });
}

function warnNoOfflineCopy(error: unknown): void {
  console.warn(
    'The timeline will not be available offline: service worker registration failed.',
    error,
  );
}
