import { defineContentScript } from 'wxt/utils/define-content-script';

/**
 * The only code that runs on every portal page: one small button. The overlay itself (search, fill,
 * capture, teach) is injected by the background the first time the officer opens it.
 */
type OverlayApi = { open(): void; toggle(): void };
type Runtime = {
  sendMessage(msg: unknown): Promise<unknown>;
  onMessage: { addListener(fn: (msg: { type?: string }) => void): void };
};
const runtime = (globalThis as unknown as { chrome: { runtime: Runtime } }).chrome.runtime;

declare global {
  // eslint-disable-next-line no-var
  var __trolyOverlay: OverlayApi | undefined;
}

export default defineContentScript({
  matches: ['*://*.gov.vn/*'],
  runAt: 'document_idle',
  main() {
    const host = document.createElement('tro-ly-launcher');
    const root = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = `button { position: fixed; z-index: 2147483645; right: 16px; bottom: 16px; padding: 8px 14px;
      border: 0; border-radius: 20px; background: #b3261e; color: #fff; font: 600 14px "Segoe UI", Roboto, Arial, sans-serif;
      box-shadow: 0 2px 8px #0004; cursor: pointer; } button:focus-visible { outline: 3px solid #ffb4ab; }`;
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = 'Hỗ trợ nhập liệu';
    button.title = 'Trợ lý Một cửa (Alt+Shift+F)';
    root.append(style, button);
    document.documentElement.append(host);

    let loading: Promise<void> | undefined;
    const open = async (toggle: boolean) => {
      if (!globalThis.__trolyOverlay) {
        loading ??= runtime.sendMessage({ type: 'overlay:load' }).then(() => undefined);
        await loading;
      }
      if (toggle) globalThis.__trolyOverlay?.toggle();
      else globalThis.__trolyOverlay?.open();
    };
    button.addEventListener('click', () => void open(true));
    runtime.onMessage.addListener((msg: { type?: string }) => {
      if (msg?.type === 'overlay:open') void open(false);
    });
  },
});
