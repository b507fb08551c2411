import { h, render } from 'preact';
import { planBlur } from '../../utils/guide/blur';
import { startRecorder, type Recorder } from '../../utils/guide/recorder';
import type { Guide, GuideSession, Step } from '../../utils/guide/schema';
import { buildSteps, findSubmit, newId, type FilledField } from '../../utils/guide/steps';
import { send } from '../../utils/messaging/client';
import type { Person } from '../../utils/schema';
import { firstStepOnPage, liveToWalk, recordedToWalk, startWalkthrough, type WalkController } from './index';
import { RecordBar } from './RecordBar';
import { GUIDE_CSS, RECORD_CSS } from './styles';

/**
 * The guide feature inside a portal tab: one host element with its own open shadow root, a walkthrough
 * over freshly filled fields, recording and replay. State that must survive a navigation lives in the
 * background (per-tab session); the background re-injects this bundle and calls resume() on the next page.
 */
export interface GuideRuntime {
  walkFilled(fields: FilledField[]): void;
  startRecording(title: string, opts?: { screenshots?: boolean }): Promise<void>;
  replay(guide: Guide): Promise<void>;
  resume(): Promise<void>;
}

declare global {
  // eslint-disable-next-line no-var
  var __trolyGuide: GuideRuntime | undefined;
}

let host: HTMLElement | null = null;
function shadow(): ShadowRoot {
  if (!host || !host.isConnected) {
    host = document.createElement('tro-ly-guide');
    host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = GUIDE_CSS + RECORD_CSS;
    const bar = document.createElement('div');
    bar.className = 'guide-recmount';
    host.shadowRoot!.append(style, bar);
    document.documentElement.append(host);
  }
  return host.shadowRoot!;
}

let walk: WalkController | null = null;
let captureProblem = '';
const setSession = (session: GuideSession | null) => send({ type: 'guide:session:set', session });

function walkthrough(steps: Parameters<typeof startWalkthrough>[1], opts: Parameters<typeof startWalkthrough>[2]) {
  walk?.stop();
  walk = startWalkthrough(shadow(), steps, opts);
}

/** Values to hide in screenshots: the active citizen's fields (the officer filled with them). */
async function personalValues(): Promise<string[]> {
  try {
    const active = await send<{ id: string } | null>({ type: 'persons:active' });
    if (!active) return [];
    const p = await send<Person>({ type: 'persons:get', id: active.id });
    return Object.values(p).filter((v): v is string => typeof v === 'string');
  } catch {
    return [];
  }
}

/** Our own UI hidden while any capture runs (captures overlap: a counter, not a saved style). */
let hiding = 0;
function hideOwnUi(hide: boolean) {
  hiding += hide ? 1 : -1;
  const v = hiding > 0 ? 'hidden' : '';
  for (const el of [host, ...document.querySelectorAll<HTMLElement>('tro-ly-launcher, tro-ly-mot-cua')]) if (el) el.style.visibility = v;
}

/** Screenshot of the visible page, blurred by the background before it is returned; our own UI is hidden. */
async function captureStep(values: string[]): Promise<string | undefined> {
  const plan = planBlur(document, values);
  hideOwnUi(true);
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  try {
    return await send<string>({ type: 'guide:capture', rects: plan.rects, viewport: plan.viewport });
  } catch (e) {
    console.warn('Trợ lý Một cửa: không chụp được ảnh bước', e);
    captureProblem = /activeTab|all_urls/.test((e as Error).message)
      ? 'Chưa chụp được ảnh: hãy bắt đầu ghi bằng chuột phải trên trang → "Ghi hướng dẫn có ảnh trên trang này".'
      : 'Chưa chụp được ảnh cho bước này.';
    return undefined;
  } finally {
    hideOwnUi(false);
  }
}

/** Same-origin frames of the page with their index paths, so their steps can be found again. */
function frames(doc: Document, path: number[] = [], out: { doc: Document; path: number[] }[] = []) {
  out.push({ doc, path });
  doc.querySelectorAll('iframe, frame').forEach((f, i) => {
    try {
      const d = (f as HTMLIFrameElement).contentDocument;
      if (d && path.length < 4) frames(d, [...path, i], out);
    } catch {
      /* cross-origin frame: not recordable */
    }
  });
  return out;
}

let recorders: Recorder[] = [];

function recordOn(session: GuideSession) {
  recorders.forEach((r) => r.stop());
  let current = session;
  let message = '';
  let busy = false;
  let values: Promise<string[]> = session.screenshots ? personalValues() : Promise.resolve([]);
  const mount = shadow().querySelector('.guide-recmount')!;
  const draw = () =>
    render(
      h(RecordBar, {
        title: current.guide.title,
        steps: current.guide.steps,
        busy,
        message,
        onNote: (id, note) => update((s) => s.map((x) => (x.id === id ? { ...x, note } : x)), false),
        onRemove: (id) => update((s) => s.filter((x) => x.id !== id)),
        onStop: (save) => void stop(save),
      }),
      mount,
    );
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  const update = (fn: (s: Step[]) => Step[], redraw = true) => {
    current = { ...current, guide: { ...current.guide, steps: fn(current.guide.steps) } };
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => void setSession(current), 200);
    if (redraw) draw();
  };
  const pending = new Set<Promise<unknown>>();
  const onStep = async (step: Step) => {
    // Saved at once (a click may navigate away); the screenshot follows when the background returns it.
    update((s) => [...s, step]);
    void setSession(current);
    if (!current.screenshots) return;
    const job = (async () => {
      const shot = await captureStep(await values);
      if (!shot) {
        message = captureProblem;
        return draw();
      }
      update((s) => s.map((x) => (x.id === step.id ? { ...x, screenshot: shot } : x)));
      clearTimeout(saveTimer);
      await setSession(current);
    })();
    pending.add(job);
    void job.finally(() => pending.delete(job));
  };
  const stop = async (save: boolean) => {
    recorders.forEach((r) => r.stop());
    recorders = [];
    clearTimeout(saveTimer);
    busy = true;
    draw();
    try {
      await Promise.all([...pending]); // screenshots still being captured and blurred belong to the guide
      if (save) {
        if (!current.guide.steps.length) throw new Error('Chưa ghi được bước nào.');
        await send({ type: 'guides:save', guide: current.guide });
      }
      await setSession(null);
      render(null, mount);
    } catch (e) {
      busy = false;
      message = (e as Error).message;
      draw();
    }
  };
  recorders = frames(document).map(({ doc, path }) => startRecorder(doc, (s) => void onStep(s), { framePath: path, pageUrl: () => location.href }));
  draw();
  values = values.catch(() => []);
}

export const guideRuntime: GuideRuntime = {
  walkFilled(fields) {
    const steps = buildSteps(fields, findSubmit(document), location.href);
    if (!steps.length) throw new Error('Chưa có trường nào được điền để hướng dẫn.');
    walkthrough(liveToWalk(steps), {});
  },

  async startRecording(title, opts = {}) {
    const now = new Date().toISOString();
    const session: GuideSession = {
      mode: 'record',
      index: 0,
      screenshots: !!opts.screenshots,
      guide: { id: newId('g'), title: title.trim() || 'Hướng dẫn mới', createdAt: now, updatedAt: now, steps: [] },
    };
    await setSession(session);
    recordOn(session);
  },

  async replay(guide) {
    const session: GuideSession = { mode: 'replay', guide, index: 0, screenshots: false };
    await setSession(session);
    replayFrom(session);
  },

  async resume() {
    const session = await send<GuideSession | null>({ type: 'guide:session:get' }).catch(() => null);
    if (!session) return;
    if (session.mode === 'record') recordOn(session);
    else replayFrom(session);
  },
};

function replayFrom(session: GuideSession) {
  const steps = session.guide.steps;
  const start = firstStepOnPage(steps, location.href, session.index);
  walkthrough(recordedToWalk(steps, document), {
    start,
    onIndex: (index) => void setSession({ ...session, index }),
    onEnd: () => void setSession(null),
  });
}

export function installGuideRuntime(): GuideRuntime {
  globalThis.__trolyGuide ??= guideRuntime;
  return globalThis.__trolyGuide;
}
