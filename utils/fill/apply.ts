import type { Control } from './collect';
import { matchOption } from './format';
import type { FillPlan, PlanItem } from './types';

export interface AppliedField {
  item: PlanItem;
  ok: boolean;
  /** Vietnamese reason when the value could not be set or did not stay. */
  reason?: string;
}

export interface UndoEntry {
  el: Control;
  value: string;
  checked: boolean;
  outline: string;
}

export interface ApplyResult {
  results: AppliedField[];
  undo: UndoEntry[];
}

/** Sets a value through the prototype's setter so React/Vue/Angular see it, then fires the events a typist would. */
export function setValue(el: Control, value: string): void {
  el.focus({ preventScroll: true });
  const proto = el instanceof HTMLSelectElement ? HTMLSelectElement.prototype : el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const view = el.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  // Elements inside iframes have their own realm's prototypes.
  const realmProto = view ? (el instanceof view.HTMLSelectElement ? view.HTMLSelectElement.prototype : el instanceof view.HTMLTextAreaElement ? view.HTMLTextAreaElement.prototype : view.HTMLInputElement.prototype) : proto;
  Object.getOwnPropertyDescriptor(realmProto, 'value')?.set?.call(el, value);
  el.dispatchEvent(new (view?.InputEvent ?? InputEvent)('input', { bubbles: true, composed: true, inputType: 'insertReplacementText' }));
  el.dispatchEvent(new (view?.Event ?? Event)('change', { bubbles: true }));
  el.dispatchEvent(new (view?.FocusEvent ?? FocusEvent)('blur'));
}

function setChecked(el: HTMLInputElement, checked: boolean): void {
  if (el.checked !== checked) el.click();
}

function waitForOption(el: HTMLSelectElement, label: string, timeoutMs: number): Promise<{ value: string; text: string } | undefined> {
  const find = () => matchOption(Array.from(el.options).map((o) => ({ value: o.value, text: o.text })), label);
  const now = find();
  if (now) return Promise.resolve(now);
  return new Promise((resolve) => {
    const obs = new MutationObserver(() => {
      const hit = find();
      if (hit) {
        obs.disconnect();
        clearTimeout(timer);
        resolve(hit);
      }
    });
    obs.observe(el, { childList: true, subtree: true });
    const timer = setTimeout(() => {
      obs.disconnect();
      resolve(undefined);
    }, timeoutMs);
  });
}

const HIGHLIGHT = '2px solid #2da44e';

/** page ← plan: writes each value, reads it back, and remembers what was there for one-click undo. */
export async function applyPlan(plan: FillPlan, elements: Control[], opts: { cascadeTimeoutMs?: number; highlight?: boolean } = {}): Promise<ApplyResult> {
  const results: AppliedField[] = [];
  const undo: UndoEntry[] = [];
  for (const item of plan.items) {
    const el = elements[item.ref];
    if (!el) continue;
    undo.push({ el, value: el.value, checked: (el as HTMLInputElement).checked ?? false, outline: el.style.outline });
    const a = item.action;
    if (a.kind === 'check') setChecked(el as HTMLInputElement, a.checked);
    else if (a.kind === 'select') {
      let value = a.value;
      if (a.pending) {
        const opt = await waitForOption(el as HTMLSelectElement, a.label, opts.cascadeTimeoutMs ?? 5000);
        if (!opt) {
          results.push({ item, ok: false, reason: `Danh sách chưa tải lựa chọn "${a.label}" (đã chờ ${Math.round((opts.cascadeTimeoutMs ?? 5000) / 1000)} giây)` });
          continue;
        }
        value = opt.value;
      }
      setValue(el, value);
    } else setValue(el, a.value);
    results.push({ item, ok: readBack(el, item, a.kind === 'select' && a.pending ? undefined : a) });
    if (opts.highlight !== false) el.style.outline = HIGHLIGHT;
  }
  // Page scripts sometimes overwrite a value just after it is set: check once more after they ran.
  await new Promise((r) => setTimeout(r, 50));
  for (const r of results) {
    const el = elements[r.item.ref]!;
    if (r.ok && !readBack(el, r.item, r.item.action)) {
      r.ok = false;
      r.reason = 'Trang đã đổi lại giá trị sau khi điền';
    } else if (!r.ok && !r.reason) r.reason = 'Không đặt được giá trị';
  }
  return { results, undo };
}

function readBack(el: Control, item: PlanItem, a?: PlanItem['action']): boolean {
  if (!a) return el.value !== '';
  if (a.kind === 'check') return (el as HTMLInputElement).checked === a.checked;
  if (a.kind === 'select') return a.pending ? el.value !== '' : el.value === a.value;
  return el.value === a.value || (item.key === 'phone' && el.value.replace(/\D/g, '') === a.value.replace(/\D/g, ''));
}

export function undoFill(entries: UndoEntry[]): void {
  for (const e of [...entries].reverse()) {
    if (e.el instanceof HTMLInputElement && (e.el.type === 'radio' || e.el.type === 'checkbox')) {
      if (e.el.checked !== e.checked) {
        if (e.checked) e.el.click();
        else {
          e.el.checked = false;
          e.el.dispatchEvent(new Event('change', { bubbles: true }));
        }
      }
    } else setValue(e.el, e.value);
    e.el.style.outline = e.outline;
  }
}
