import { isChoice, isSelect, widgetOf, type Control } from './collect';
import { matchOption } from './format';
import type { FillPlan, PlanItem } from './types';
import { readBack, verifyApplied, currentValue, type AppliedField, type Expected } from './verify';
import { callBridge } from './widgets/bridge';
import { clickLikeUser, pickFromCombobox } from './widgets/combobox';

export type { AppliedField } from './verify';

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

export interface ApplyOptions {
  /** How long a cascading child select may take to load its options (AJAX). */
  cascadeTimeoutMs?: number;
  /** How long a custom combobox may take to show its list. */
  pickTimeoutMs?: number;
  highlight?: boolean;
  /** Wait before the second read-back; tests and the benchmark set 0. */
  settleMs?: number;
}

type Realm = Window & typeof globalThis;

/** Sets a value through the prototype's setter so React/Vue/Angular see it, then fires the events a typist would. */
export function setValue(el: Control, value: string): void {
  el.focus({ preventScroll: true });
  // Elements inside iframes belong to their own realm: use that realm's prototypes and event classes.
  const view = (el.ownerDocument.defaultView ?? globalThis) as Realm;
  const proto = el.tagName === 'SELECT' ? view.HTMLSelectElement.prototype : el.tagName === 'TEXTAREA' ? view.HTMLTextAreaElement.prototype : view.HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(el, value);
  el.dispatchEvent(new view.InputEvent('input', { bubbles: true, composed: true, inputType: 'insertReplacementText' }));
  el.dispatchEvent(new view.Event('change', { bubbles: true }));
  el.dispatchEvent(new view.FocusEvent('blur'));
  el.dispatchEvent(new view.FocusEvent('focusout', { bubbles: true }));
}

function setChecked(el: HTMLInputElement, checked: boolean): void {
  if (el.checked !== checked) el.click();
}

/** Waits until a cascading child select has loaded an option matching `label` (MutationObserver + timeout). */
export function waitForOption(el: HTMLSelectElement, label: string, timeoutMs: number): Promise<{ value: string; text: string } | undefined> {
  const find = () => matchOption(Array.from(el.options).map((o) => ({ value: o.value, text: o.text })), label);
  const now = find();
  if (now) return Promise.resolve(now);
  const view = (el.ownerDocument.defaultView ?? globalThis) as Realm;
  return new Promise((resolve) => {
    const obs = new view.MutationObserver(() => {
      const hit = find();
      if (hit) {
        obs.disconnect();
        clearTimeout(timer);
        resolve(hit);
      }
    });
    obs.observe(el, { childList: true, subtree: true, characterData: true });
    const timer = setTimeout(() => {
      obs.disconnect();
      resolve(undefined);
    }, timeoutMs);
  });
}

const HIGHLIGHT = '2px solid #2da44e';

/** Select: through the plugin when a library drives it (its own events fire), else natively. */
async function setSelect(el: HTMLSelectElement, value: string): Promise<void> {
  const widget = widgetOf(el);
  if (widget === 'select2' || widget === 'chosen') {
    const r = await callBridge(el, widget === 'select2' ? 'select2.set' : 'chosen.set', value);
    if (r.ok) return;
  }
  setValue(el, value);
}

/** Writes one plan item; returns what the field should read afterwards, or a Vietnamese reason. */
async function applyItem(el: Control, item: PlanItem, opts: ApplyOptions): Promise<Expected | { reason: string }> {
  const a = item.action;
  switch (a.kind) {
    case 'check':
      setChecked(el as HTMLInputElement, a.checked);
      return { checked: a.checked };
    case 'pick': {
      const picked = await pickFromCombobox(el, a.label, opts.pickTimeoutMs ?? 2000);
      return picked ? { shows: picked } : { reason: `Danh sách không có lựa chọn "${a.label}"` };
    }
    case 'select': {
      let value = a.value;
      if (a.pending) {
        const timeout = opts.cascadeTimeoutMs ?? 5000;
        const opt = await waitForOption(el as HTMLSelectElement, a.label, timeout);
        if (!opt) return { reason: `Danh sách chưa tải lựa chọn "${a.label}" (đã chờ ${Math.round(timeout / 1000)} giây)` };
        value = opt.value;
      }
      await setSelect(el as HTMLSelectElement, value);
      return { value };
    }
    case 'text': {
      if (a.iso && widgetOf(el) === 'jq-datepicker') {
        // The datepicker formats the date its own way and keeps it in its own state.
        const r = await callBridge(el, 'datepicker.set', a.iso);
        if (r.ok) return { value: r.value };
      }
      setValue(el, a.value);
      return { value: a.value };
    }
  }
}

/** page ← plan: writes each value, reads it back, and remembers what was there for one-click undo. */
export async function applyPlan(plan: FillPlan, elements: Control[], opts: ApplyOptions = {}): Promise<ApplyResult> {
  const results: AppliedField[] = [];
  const undo: UndoEntry[] = [];
  for (const item of plan.items) {
    const el = elements[item.ref];
    if (!el) continue;
    undo.push({ el, value: currentValue(el), checked: (el as HTMLInputElement).checked ?? false, outline: el.style.outline });
    const out = await applyItem(el, item, opts);
    if ('reason' in out) {
      results.push({ item, ok: false, reason: out.reason });
      continue;
    }
    results.push({ item, ok: readBack(el, item, out) || 'shows' in out, expected: out });
    if (opts.highlight !== false) el.style.outline = HIGHLIGHT;
  }
  // Page scripts sometimes overwrite a value just after it is set: check once more after they ran.
  await new Promise((r) => setTimeout(r, opts.settleMs ?? 80));
  return { results: verifyApplied(results, elements), undo };
}

/** Puts every touched field back as it was before the fill, in reverse order (children before parents). */
export async function undoFill(entries: UndoEntry[]): Promise<void> {
  for (const e of [...entries].reverse()) {
    const widget = widgetOf(e.el);
    if (isChoice(e.el)) {
      if (e.el.checked !== e.checked) {
        if (e.checked) e.el.click();
        else {
          e.el.checked = false;
          e.el.dispatchEvent(new ((e.el.ownerDocument.defaultView ?? globalThis) as Realm).Event('change', { bubbles: true }));
        }
      }
    } else if (widget === 'combobox') {
      if (e.value) await pickFromCombobox(e.el, e.value, 1000);
      else {
        // Component-library selects clear through their clear icon (shown on hover).
        const box = e.el.closest('.el-select, .ant-select');
        box?.dispatchEvent(new MouseEvent('mouseenter', { bubbles: true }));
        const clear = box?.querySelector('.el-select__clear, .ant-select-clear');
        if (clear) clickLikeUser(clear);
      }
    } else if (isSelect(e.el)) await setSelect(e.el, e.value);
    else setValue(e.el, e.value);
    e.el.style.outline = e.outline;
  }
}
