import { h, render } from 'preact';
import { resolveFingerprint } from '../../utils/guide/fingerprint';
import type { Step } from '../../utils/guide/schema';
import { sameUrl, type LiveStep } from '../../utils/guide/steps';
import { GUIDE_CSS } from './styles';
import { Walkthrough, type WalkStep } from './Walkthrough';

export type { WalkStep } from './Walkthrough';

export interface WalkOptions {
  start?: number;
  large?: boolean;
  /** Called on each step change, so the caller can remember progress across a page navigation. */
  onIndex?: (i: number) => void;
  onEnd?: (reason: 'done' | 'closed') => void;
}

export interface WalkController {
  stop(): void;
}

/**
 * Draw the walkthrough inside the given (open) shadow root. The layer is a manual popover when the browser
 * supports it, so it sits in the top layer above the portal's modal <dialog>s.
 */
export function startWalkthrough(root: ShadowRoot, steps: WalkStep[], opts: WalkOptions = {}): WalkController {
  if (!steps.length) throw new Error('Không có bước nào để hướng dẫn.');
  root.querySelector(':scope > .guide-layer')?.remove();
  const layer = document.createElement('div');
  layer.className = 'guide-layer';
  const style = document.createElement('style');
  style.textContent = GUIDE_CSS;
  const mount = document.createElement('div');
  layer.append(style, mount);
  root.append(layer);
  const popover = 'showPopover' in layer;
  const raise = () => {
    if (!popover) return;
    layer.setAttribute('popover', 'manual');
    try {
      if (layer.matches(':popover-open')) layer.hidePopover();
      layer.showPopover();
    } catch {
      /* not connected yet or unsupported: plain fixed layer */
    }
  };
  raise();
  // A portal's modal <dialog> makes everything outside it inert: while a step's element sits in one, the
  // walkthrough host moves into that dialog (still drawn in the top layer) so its buttons stay usable.
  const host = root.host as HTMLElement;
  const home = host.parentNode;
  const follow = (el: Element | null) => {
    const dialog = el && el.ownerDocument === document ? el.closest('dialog') : null;
    const target: Node | null = dialog && dialog.matches(':modal') ? dialog : home;
    if (target && host.parentNode !== target) {
      target.appendChild(host);
      raise();
    }
  };
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    render(null, mount);
    layer.remove();
    if (home && host.parentNode !== home) home.appendChild(host);
  };
  render(
    h(Walkthrough, {
      steps,
      start: opts.start ?? 0,
      large: opts.large,
      onElement: follow,
      onIndex: (i) => {
        raise(); // a dialog opened by the previous step now sits above us: come back on top
        opts.onIndex?.(i);
      },
      onEnd: (reason) => {
        stop();
        opts.onEnd?.(reason);
      },
    }),
    mount,
  );
  return { stop };
}

export function liveToWalk(steps: LiveStep[]): WalkStep[] {
  return steps.map(({ step, resolve }) => ({ title: step.title, note: step.note, kind: step.kind, resolve }));
}

/**
 * Steps of a recorded guide, resolved by fingerprint against `doc`. A step recorded on another page explains
 * that the citizen must reach that page first (the previous step usually navigates there).
 */
export function recordedToWalk(steps: Step[], doc: Document): WalkStep[] {
  return steps.map((s) => {
    const here = sameUrl(s.url, doc.URL);
    let reason = '';
    return {
      title: s.title,
      note: s.note,
      kind: s.kind,
      resolve: () => {
        if (!here) {
          reason = 'Bước này ở trang tiếp theo. Hãy làm bước trước để chuyển trang, hướng dẫn sẽ tiếp tục ở đó.';
          return null;
        }
        const r = resolveFingerprint(doc, s.fingerprint, s.title);
        reason = r.ok ? '' : r.reason;
        return r.ok ? r.element : null;
      },
      get notFound() {
        return reason || undefined;
      },
    };
  });
}

/** Index of the first step recorded on this page at or after `from` (replay continues after a navigation). */
export function firstStepOnPage(steps: Step[], url: string, from = 0): number {
  const i = steps.findIndex((s, n) => n >= from && sameUrl(s.url, url));
  return i < 0 ? from : i;
}
