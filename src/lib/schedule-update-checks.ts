/** How often an open page asks whether a newer version has been deployed. */
export const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

/**
 * Asks the browser, every `intervalMs` and whenever the network comes back, whether a newer
 * service worker has been deployed. Browsers only check by themselves on navigation, and a
 * briefing may stay open on a projector all day. Returns a function that stops the checks.
 */
export function scheduleUpdateChecks(
  registration: Pick<ServiceWorkerRegistration, 'update'>,
  intervalMs: number = UPDATE_CHECK_INTERVAL_MS,
): () => void {
  const check = () => {
    // Offline the check can only fail; a failed check is retried at the next turn.
    if (navigator.onLine) registration.update().catch(() => {});
  };
  const timer = setInterval(check, intervalMs);
  window.addEventListener('online', check);
  return () => {
    clearInterval(timer);
    window.removeEventListener('online', check);
  };
}
