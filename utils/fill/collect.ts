import { choiceTextOf, groupOf, labelsOf, sectionOf } from './label';
import type { FieldDescriptor } from './types';

export type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

const NEVER_TYPES = new Set(['hidden', 'password', 'file', 'submit', 'button', 'reset', 'image', 'range', 'color']);

/** Visible to the officer: laid out, not hidden by CSS, not zero-sized. */
function visible(el: Element, layout: boolean): boolean {
  const view = el.ownerDocument.defaultView;
  if (!view) return false;
  const style = view.getComputedStyle(el);
  if (style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse') return false;
  if ((el as HTMLElement).hidden || el.closest('[hidden], [aria-hidden=true]')) return false;
  if (!layout) return true;
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0;
}

/** Whether the extension may ever write into this control. */
export function fillable(el: Control, layout = true): boolean {
  if (el.disabled) return false;
  if (el instanceof HTMLInputElement && (NEVER_TYPES.has(el.type) || el.readOnly)) return false;
  if (el instanceof HTMLTextAreaElement && el.readOnly) return false;
  return visible(el, layout);
}

/** Every control in a document, its open shadow roots and its same-origin, non-sandboxed iframes. */
export function allControls(doc: Document): Control[] {
  const out: Control[] = [];
  const walk = (root: Document | ShadowRoot) => {
    for (const el of Array.from(root.querySelectorAll('*'))) {
      if (el.matches('input, select, textarea')) out.push(el as Control);
      if (el.shadowRoot) walk(el.shadowRoot);
      if (el instanceof HTMLIFrameElement && !el.hasAttribute('sandbox')) {
        try {
          if (el.contentDocument) walk(el.contentDocument);
        } catch {
          // cross-origin frame: its own content script instance handles it
        }
      }
    }
  };
  walk(doc);
  return out;
}

function describe(el: Control, ref: number): FieldDescriptor {
  const isSelect = el instanceof HTMLSelectElement;
  const input = el instanceof HTMLInputElement ? el : undefined;
  const options = isSelect ? Array.from(el.options).map((o) => ({ value: o.value, text: o.text.trim() })) : [];
  const value = isSelect ? (el.selectedIndex > 0 && el.value !== '' ? el.value : '') : el.value;
  return {
    ref,
    tag: isSelect ? 'select' : el instanceof HTMLTextAreaElement ? 'textarea' : 'input',
    type: input?.type ?? (isSelect ? 'select' : 'textarea'),
    name: el.name ?? '',
    id: el.id ?? '',
    labels: labelsOf(el),
    placeholder: el.getAttribute('placeholder') ?? '',
    title: el.getAttribute('title') ?? '',
    autocomplete: el.getAttribute('autocomplete') ?? '',
    section: sectionOf(el),
    group: groupOf(el),
    options,
    choiceText: input && (input.type === 'radio' || input.type === 'checkbox') ? choiceTextOf(input) : '',
    required: el.required || el.getAttribute('aria-required') === 'true',
    value: input && (input.type === 'radio' || input.type === 'checkbox') ? input.value : value,
    checked: input?.checked ?? false,
  };
}

export interface Collected {
  elements: Control[];
  fields: FieldDescriptor[];
}

/**
 * page → serialisable field descriptors (refs index into `elements`). `layout: false` skips the size
 * check for DOMs without layout (unit tests); CSS-hidden fields are still refused.
 */
export function collectFields(doc: Document, opts: { layout?: boolean } = {}): Collected {
  const elements = allControls(doc).filter((el) => fillable(el, opts.layout ?? true));
  return { elements, fields: elements.map((el, i) => describe(el, i)) };
}
