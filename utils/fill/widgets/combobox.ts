import { matchOption } from '../format';

/**
 * Custom ARIA comboboxes (Element Plus el-select, Ant Design Select, hand-made ones): there is no value to
 * set; the officer would open the list and click an option, so we do the same and the component updates
 * its own state.
 */
const OPTION_SELECTOR = '[role=option], .el-select-dropdown__item, .ant-select-item-option';

function mouse(el: Element, type: string): void {
  const view = el.ownerDocument.defaultView;
  const Ctor = (view as unknown as { MouseEvent?: typeof MouseEvent } | null)?.MouseEvent ?? MouseEvent;
  el.dispatchEvent(new Ctor(type, { bubbles: true, cancelable: true, composed: true, view: view as Window | null, button: 0 }));
}

export function clickLikeUser(el: Element): void {
  for (const t of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) mouse(el, t);
}

function shown(el: Element): boolean {
  const s = el.ownerDocument.defaultView?.getComputedStyle(el);
  return !!s && s.display !== 'none' && s.visibility !== 'hidden' && !el.closest('[aria-hidden=true], [style*="display: none"]');
}

/** The listbox options a combobox controls; falls back to visible options anywhere (lists are often teleported to <body>). */
export function optionsOf(el: Element): Element[] {
  const doc = el.ownerDocument;
  const ids = `${el.getAttribute('aria-controls') ?? ''} ${el.getAttribute('aria-owns') ?? ''}`.trim().split(/\s+/).filter(Boolean);
  for (const id of ids) {
    const box = doc.getElementById(id);
    const found = box ? Array.from(box.querySelectorAll(OPTION_SELECTOR)) : [];
    if (found.length) return found.filter((o) => o.getAttribute('aria-disabled') !== 'true' && !o.classList.contains('is-disabled'));
  }
  return Array.from(doc.querySelectorAll(OPTION_SELECTOR)).filter((o) => shown(o) && o.getAttribute('aria-disabled') !== 'true');
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Opens the combobox, waits for its options, clicks the one matching `label`. Returns the picked text or undefined. */
export async function pickFromCombobox(el: HTMLElement, label: string, timeoutMs = 2000): Promise<string | undefined> {
  const opener = el.closest('.el-select__wrapper, .ant-select-selector, [class*=select__control]') ?? el;
  clickLikeUser(opener);
  el.focus({ preventScroll: true });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const opts = optionsOf(el);
    const hit = matchOption(opts.map((o, i) => ({ value: String(i), text: (o.textContent ?? '').trim() })), label);
    if (hit) {
      const option = opts[Number(hit.value)]!;
      mouse(option, 'mouseenter');
      mouse(option, 'mousemove');
      clickLikeUser(option);
      return hit.text;
    }
    if (Date.now() > deadline) {
      // Close the list we opened so the page is left as it was.
      el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      return undefined;
    }
    await sleep(30);
  }
}
