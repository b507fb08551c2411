import type { DraftField } from './model';
import { controlKey, draftControls } from './snapshot';

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** Sets a value the way a typing officer would, so React/Vue/Angular state follows the DOM. */
function setNative(el: Control, value: string): void {
  const proto = Object.getPrototypeOf(el) as object;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(el, value);
  else el.value = value;
}

export function restoreFields(root: Element | Document, fields: DraftField[]): number {
  const byKey = new Map(fields.map((f) => [f.key, f]));
  let restored = 0;
  draftControls(root).forEach((el, i) => {
    const f = byKey.get(controlKey(el, i));
    if (!f || el.disabled || (el as HTMLInputElement).readOnly) return;
    if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) {
      if (el.checked === Boolean(f.checked)) return;
      el.click();
    } else {
      if (el.value === f.value) return;
      setNative(el, f.value);
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
    }
    restored++;
  });
  return restored;
}
