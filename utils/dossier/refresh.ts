import { browser } from 'wxt/browser';

/** Asks the background to recompute badge and alerts now (a one-shot alarm; see entrypoints/background/deadlines.ts). */
export function requestDeadlineRefresh(): void {
  try {
    void browser.alarms?.create('deadlines:refresh', { when: Date.now() + 500 });
  } catch {
    // Not in an extension context (tests): nothing to refresh.
  }
}
