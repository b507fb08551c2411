import { formSignature, type DraftField } from './model';

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

const SKIP_TYPES = new Set(['password', 'hidden', 'file', 'submit', 'button', 'reset', 'image']);
const SECRET = /captcha|xac\s*nhan|ma\s*bao\s*mat|otp|one.?time|verif|token|csrf|mat\s*khau|password/;

function fold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/gi, 'd').toLowerCase();
}

function labelText(el: Control): string {
  const byFor = el.id ? el.ownerDocument.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent : '';
  return [byFor, el.closest('label')?.textContent, el.getAttribute('aria-label'), el.getAttribute('placeholder')].filter(Boolean).join(' ');
}

/** Passwords, captchas, one-time codes and hidden fields are never kept in a draft. */
export function isSecret(el: Control): boolean {
  if (el instanceof HTMLInputElement && SKIP_TYPES.has(el.type)) return true;
  if (el.getAttribute('autocomplete') === 'one-time-code') return true;
  return SECRET.test(fold(`${el.name} ${el.id} ${labelText(el)}`));
}

export function controlKey(el: Control, index: number): string {
  return el.name ? `n:${el.name}${el instanceof HTMLInputElement && el.type === 'radio' ? `=${el.value}` : ''}` : el.id ? `i:${el.id}` : `p:${index}`;
}

export function draftControls(root: ParentNode): Control[] {
  return Array.from(root.querySelectorAll<Control>('input, select, textarea')).filter((el) => !isSecret(el));
}

export interface FormSnapshot {
  form: Element | Document;
  signature: string;
  fields: DraftField[];
}

/** One snapshot per form on the page (controls outside any form count as one more form). */
export function snapshotPage(doc: Document): FormSnapshot[] {
  const groups = new Map<Element | Document, Control[]>();
  for (const el of draftControls(doc)) {
    const owner = el.form ?? doc;
    groups.set(owner, [...(groups.get(owner) ?? []), el]);
  }
  return [...groups.entries()].map(([form, controls]) => {
    const fields = controls.map((el, i) => ({
      key: controlKey(el, i),
      value: el.value,
      ...(el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio') ? { checked: el.checked } : {}),
    }));
    return { form, signature: formSignature(fields.map((f) => f.key)), fields };
  });
}
