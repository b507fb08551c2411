import { browser } from 'wxt/browser';
import { register } from './router';

/** Injects the overlay bundle into the frame that asked, once, when the officer first opens it. */
export function registerOverlay(): void {
  register({
    'overlay:load': async (_r, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) throw new Error('Không xác định được thẻ trang.');
      await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: ['/overlay.js'] });
      return null;
    },
  });
}
