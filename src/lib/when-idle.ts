/**
 * Runs `task` when the browser is next idle, or after `timeoutMs` at the latest; where the
 * browser cannot say (Safari has no requestIdleCallback), after `fallbackMs`. Returns a
 * function that cancels it.
 */
export function whenIdle(
  task: () => void,
  { timeoutMs, fallbackMs }: { timeoutMs: number; fallbackMs: number },
  win: Window = window,
): () => void {
  if (typeof win.requestIdleCallback === 'function') {
    const id = win.requestIdleCallback(task, { timeout: timeoutMs });
    return () => win.cancelIdleCallback(id);
  }
  const id = win.setTimeout(task, fallbackMs);
  return () => win.clearTimeout(id);
}
