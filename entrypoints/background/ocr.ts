/**
 * OCR plumbing in the background: the offscreen document that runs tesseract (Chrome), and the right-click
 * "Đọc bằng OCR" on an image of a portal page, which hands the image to the side panel's "Đọc giấy tờ".
 */
import { browser, type Browser } from 'wxt/browser';
import { fromB64, toB64 } from '../../utils/crypto/bytes';
import { PENDING_KEY, PENDING_MAX_BYTES, type PendingPaper } from '../../utils/ocr/pending';
import { register } from './router';

const OFFSCREEN_PATH = '/offscreen.html';
const MENU_ID = 'ocr-image';

interface OffscreenApi {
  createDocument(o: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
  hasDocument?(): Promise<boolean>;
}
interface ChromeExtras {
  offscreen?: OffscreenApi;
  runtime: { getContexts?(f: { contextTypes: string[] }): Promise<unknown[]> };
  sidePanel?: { open(o: { tabId?: number; windowId?: number }): Promise<void> };
}
const chromeApi = () => (globalThis as unknown as { chrome?: ChromeExtras }).chrome;

let creating: Promise<void> | undefined;

async function hasOffscreen(api: OffscreenApi): Promise<boolean> {
  const getContexts = chromeApi()?.runtime.getContexts;
  if (getContexts) return (await getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).length > 0;
  return (await api.hasDocument?.()) ?? false;
}

/** Creates the offscreen document once; concurrent callers wait on the same creation. */
export async function ensureOffscreen(): Promise<'offscreen' | 'unsupported'> {
  const api = chromeApi()?.offscreen;
  if (!api) return 'unsupported';
  if (await hasOffscreen(api)) return 'offscreen';
  creating ??= api
    .createDocument({ url: OFFSCREEN_PATH, reasons: ['WORKERS'], justification: 'Đọc giấy tờ (OCR) ngay trên máy, không gửi ảnh đi đâu.' })
    .finally(() => (creating = undefined));
  await creating;
  return 'offscreen';
}

const fromExtensionPage = (sender: { url?: string }) => Boolean(sender.url?.startsWith(browser.runtime.getURL('/')));

export function registerOcr(): void {
  register({
    'ocr:ensure': async (_r, sender) => {
      if (!fromExtensionPage(sender)) throw new Error('Chỉ trang của tiện ích được đọc giấy tờ.');
      return ensureOffscreen();
    },
    'ocr:release': async (_r, sender) => {
      if (!fromExtensionPage(sender)) return false;
      const api = chromeApi()?.offscreen;
      if (api && (await hasOffscreen(api))) await api.closeDocument().catch(() => undefined);
      return true;
    },
  });

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: 'Đọc bằng OCR', contexts: ['image'] }, () => void browser.runtime.lastError);
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || !info.srcUrl) return;
    // Opening the panel needs the click's user gesture: before any await.
    openPanel(tab);
    void handOver(info.srcUrl, tab, info.frameId).catch(() => undefined);
  });
}

function openPanel(tab: Browser.tabs.Tab | undefined) {
  const sidePanel = chromeApi()?.sidePanel;
  if (sidePanel && tab?.id !== undefined) void sidePanel.open({ tabId: tab.id }).catch(() => undefined);
  const sidebar = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
  if (sidebar) void sidebar.open().catch(() => undefined);
}

const nameOf = (url: string) => {
  try {
    return decodeURIComponent(new URL(url).pathname.split('/').pop() || 'anh.jpg').slice(0, 200);
  } catch {
    return 'anh.jpg';
  }
};

/** Reads the image as the page sees it (its cookies, its origin), falling back to a background fetch. */
async function fetchImage(srcUrl: string, tabId: number | undefined, frameId: number | undefined): Promise<{ mime: string; bytes: Uint8Array }> {
  if (tabId !== undefined) {
    const [res] = await browser.scripting
      .executeScript({
        target: { tabId, frameIds: [frameId ?? 0] },
        func: async (url: string, max: number) => {
          const r = await fetch(url, { credentials: 'include' });
          // A portal's error page (403, 404) is not the image: nothing is handed over.
          if (!r.ok) return { failed: r.status };
          const blob = await r.blob();
          if (blob.size > max) return { tooBig: true };
          const bytes = new Uint8Array(await blob.arrayBuffer());
          let binary = '';
          for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
          return { mime: blob.type, base64: btoa(binary) };
        },
        args: [srcUrl, PENDING_MAX_BYTES],
      })
      .catch(() => [undefined]);
    const out = res?.result as { tooBig?: boolean; failed?: number; mime?: string; base64?: string } | undefined;
    if (out?.tooBig) throw new RangeError();
    if (out?.failed) throw new Error(String(out.failed));
    if (out?.base64) {
      return { mime: out.mime || 'image/jpeg', bytes: fromB64(out.base64) };
    }
  }
  const r = await fetch(srcUrl, { credentials: 'include' });
  if (!r.ok) throw new Error(String(r.status));
  const blob = await r.blob();
  if (blob.size > PENDING_MAX_BYTES) throw new RangeError();
  return { mime: blob.type || 'image/jpeg', bytes: new Uint8Array(await blob.arrayBuffer()) };
}

async function handOver(srcUrl: string, tab: Browser.tabs.Tab | undefined, frameId: number | undefined) {
  let pending: PendingPaper;
  try {
    const { mime, bytes } = await fetchImage(srcUrl, tab?.id, frameId);
    pending = { name: nameOf(srcUrl), mime, base64: toB64(bytes) };
  } catch (err) {
    pending = {
      error:
        err instanceof RangeError
          ? 'Ảnh quá lớn để chuyển sang "Đọc giấy tờ" (tối đa 7 MB): hãy tải ảnh về rồi chọn tệp.'
          : 'Không lấy được ảnh từ trang này: hãy tải ảnh về rồi chọn tệp trong "Đọc giấy tờ".',
    };
  }
  // Session storage lives in memory only and is cleared when the browser closes.
  await browser.storage.session.set({ [PENDING_KEY]: pending });
  await browser.runtime.sendMessage({ type: 'ocr:pending' }).catch(() => undefined);
}
