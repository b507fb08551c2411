import { browser } from 'wxt/browser';
import { blurCapture } from '../../utils/guide/blur-apply';
import { scaleRects } from '../../utils/guide/blur';
import { exportGuides, parseGuideFile } from '../../utils/guide/file';
import { guideSessionSchema, type GuideSession } from '../../utils/guide/schema';
import { GuideStore } from '../../utils/guide/store';
import { register } from './router';

let store: GuideStore | undefined;
const guides = () => (store ??= new GuideStore());

// Chrome allows about two captureVisibleTab calls per second; captures wait their turn.
let lastCapture = 0;
let queue: Promise<unknown> = Promise.resolve();
function captureSlot<T>(job: () => Promise<T>): Promise<T> {
  const run = queue.then(async () => {
    const wait = lastCapture + 600 - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    lastCapture = Date.now();
    return job();
  });
  queue = run.catch(() => undefined);
  return run;
}

const MENU_RECORD = 'troly-guide-record';
const sessionKey = (tabId: number) => `guideSession:${tabId}`;

async function getSession(tabId: number): Promise<GuideSession | null> {
  const key = sessionKey(tabId);
  const raw = (await browser.storage.session.get(key))[key];
  const parsed = guideSessionSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

function tabOf(sender: { tab?: { id?: number } }): number {
  const id = sender.tab?.id;
  if (id === undefined) throw new Error('Không xác định được thẻ trang.');
  return id;
}

/** Recording/replay continue on the next page: re-inject the guide runtime and let it resume. */
async function resumeIn(tabId: number): Promise<void> {
  if (!(await getSession(tabId))) return;
  await browser.scripting.executeScript({ target: { tabId }, files: ['/overlay.js'] });
  await browser.scripting.executeScript({
    target: { tabId },
    func: () => void (globalThis as { __trolyGuide?: { resume(): Promise<void> } }).__trolyGuide?.resume(),
  });
}

export function registerGuide(): void {
  register({
    // The raw capture exists only here, in the extension; only the blurred image is returned or stored.
    'guide:capture': async (r, sender) => {
      const windowId = sender.tab?.windowId;
      if (windowId === undefined) throw new Error('Không xác định được cửa sổ để chụp màn hình.');
      return captureSlot(async () => {
        const raw = await browser.tabs.captureVisibleTab(windowId, { format: 'png' });
        return blurCapture(raw, (w, h) => scaleRects({ rects: r.rects, viewport: r.viewport }, w, h));
      });
    },
    'guides:list': async () => (await guides().list()).map((g) => ({ id: g.id, title: g.title, steps: g.steps.length, updatedAt: g.updatedAt })),
    'guides:get': async (r) => {
      const g = await guides().get(r.id);
      if (!g) throw new Error('Không tìm thấy hướng dẫn này.');
      return g;
    },
    'guides:save': async (r) => guides().save(r.guide),
    'guides:delete': async (r) => {
      await guides().delete(r.id);
      return null;
    },
    'guides:import': async (r) => {
      const parsed = parseGuideFile(r.text);
      if (!parsed.ok) throw new Error(parsed.error);
      return { count: await guides().importAll(parsed.guides) };
    },
    'guides:export': async (r) => {
      const all = await guides().list();
      const chosen = r.ids ? all.filter((g) => r.ids!.includes(g.id)) : all;
      if (!chosen.length) throw new Error('Chưa có hướng dẫn nào để xuất.');
      return exportGuides(chosen);
    },
    // The leaflet is an extension page; opening it from here needs no web-accessible resource.
    'guides:print': async (r) => {
      const url = (browser.runtime.getURL as (p: string) => string)(`/guide-print.html?id=${encodeURIComponent(r.id)}`);
      await browser.tabs.create({ url });
      return null;
    },
    'guide:session:get': async (_r, sender) => getSession(tabOf(sender)),
    'guide:session:set': async (r, sender) => {
      const key = sessionKey(tabOf(sender));
      if (r.session) await browser.storage.session.set({ [key]: r.session });
      else await browser.storage.session.remove(key);
      return null;
    },
  });

  // captureVisibleTab needs activeTab (or <all_urls>): a context-menu click grants activeTab for the tab, so
  // a recording with screenshots starts from here rather than from the in-page panel.
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: MENU_RECORD,
      title: 'Ghi hướng dẫn có ảnh trên trang này',
      contexts: ['page'],
      documentUrlPatterns: ['*://*.gov.vn/*'],
    });
  });
  browser.contextMenus.onClicked.addListener(async (info, tab) => {
    if (info.menuItemId !== MENU_RECORD || tab?.id === undefined) return;
    const now = new Date().toISOString();
    const session: GuideSession = {
      mode: 'record',
      index: 0,
      screenshots: true,
      guide: { id: `g${Date.now().toString(36)}`, title: (tab.title ?? '').slice(0, 300) || 'Hướng dẫn mới', createdAt: now, updatedAt: now, steps: [] },
    };
    await browser.storage.session.set({ [sessionKey(tab.id)]: session });
    await resumeIn(tab.id).catch(() => undefined);
  });

  browser.tabs.onUpdated.addListener((tabId, info) => {
    if (info.status === 'complete') void resumeIn(tabId).catch(() => undefined);
  });
  browser.tabs.onRemoved.addListener((tabId) => void browser.storage.session.remove(sessionKey(tabId)).catch(() => undefined));
}
