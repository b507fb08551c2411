import { comboboxText, type Control } from './collect';
import { foldVi } from '../vi/fold';
import type { PlanItem } from './types';

/** What one field should read after the fill: the value, the checked state, or the text a combobox shows. */
export type Expected = { value: string } | { checked: boolean } | { shows: string };

export interface AppliedField {
  item: PlanItem;
  ok: boolean;
  expected?: Expected;
  /** Vietnamese reason when the value could not be set or did not stay. */
  reason?: string;
}

export function currentValue(el: Control): string {
  return el.getAttribute('role') === 'combobox' ? comboboxText(el) : el.value;
}

/** Reads the field back and compares with what we wrote (phone numbers compared by digits: pages add spaces). */
export function readBack(el: Control, item: PlanItem, expected: Expected | undefined): boolean {
  if (!expected) return false;
  if ('checked' in expected) return (el as HTMLInputElement).checked === expected.checked;
  if ('shows' in expected) return foldVi(comboboxText(el)) === foldVi(expected.shows);
  if (el.value === expected.value) return true;
  return item.key === 'phone' && el.value.replace(/\D/g, '') === expected.value.replace(/\D/g, '');
}

/**
 * Second read after page scripts had their turn (formatters, watchers, "reset on change" handlers):
 * a value that no longer stays is reported, with what the page put there instead.
 */
export function verifyApplied(results: AppliedField[], elements: Control[]): AppliedField[] {
  for (const r of results) {
    const el = elements[r.item.ref];
    if (!el) continue;
    if (r.ok && !readBack(el, r.item, r.expected)) {
      r.ok = false;
      const now = currentValue(el);
      r.reason = now ? `Trang đã đổi lại giá trị sau khi điền (đang là "${now.slice(0, 60)}")` : 'Trang đã xóa giá trị sau khi điền';
    } else if (!r.ok && !r.reason) r.reason = 'Không đặt được giá trị';
  }
  return results;
}
