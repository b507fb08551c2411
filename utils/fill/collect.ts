import { choiceTextOf, groupOf, labelsOf, resetLabelIndex, sectionOf } from './label';
import type { FieldDescriptor, Widget } from './types';

export type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/**
 * Tag checks instead of instanceof: controls inside a same-origin iframe belong to the frame's own realm,
 * where the top frame's HTMLInputElement is a different class.
 */
export const isInput = (el: Element): el is HTMLInputElement => el.tagName === 'INPUT';
export const isSelect = (el: Element): el is HTMLSelectElement => el.tagName === 'SELECT';
export const isTextArea = (el: Element): el is HTMLTextAreaElement => el.tagName === 'TEXTAREA';
export const isChoice = (el: Element): el is HTMLInputElement => isInput(el) && (el.type === 'radio' || el.type === 'checkbox');

const NEVER_TYPES = new Set(['hidden', 'password', 'file', 'submit', 'button', 'reset', 'image', 'range', 'color']);

/** Ancestors already known to be display:none or not, for one collection pass. */
let displayNone = new WeakMap<Element, boolean>();

/** Visible to the officer: laid out, not hidden by CSS, not zero-sized. */
function visible(el: Element, layout: boolean): boolean {
  const view = el.ownerDocument.defaultView;
  if (!view) return false;
  const style = view.getComputedStyle(el);
  if (style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse') return false;
  if ((el as HTMLElement).hidden || el.closest('[hidden], [aria-hidden=true]')) return false;
  if (!layout) {
    // Without layout (unit tests, benchmark) an inline display:none ancestor is found by walking up; with
    // layout the zero-sized box below catches every kind of hidden ancestor at no extra cost.
    for (let p = el.parentElement; p; p = p.parentElement) {
      let none = displayNone.get(p);
      if (none === undefined) displayNone.set(p, (none = /display:\s*none/.test(p.getAttribute('style') ?? '')));
      if (none) return false;
    }
    return true;
  }
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0;
}

/**
 * Which library drives a control. Select2 and Chosen hide the real select next to their own widget;
 * jQuery UI / bootstrap datepickers mark their input; ARIA comboboxes (Element Plus, Ant Design) are
 * inputs with role=combobox whose value is picked from a listbox, not typed.
 */
export function widgetOf(el: Control): Widget | undefined {
  const next = el.nextElementSibling;
  if (el.tagName === 'SELECT') {
    if (el.classList.contains('select2-hidden-accessible') || next?.classList.contains('select2-container')) return 'select2';
    if (next?.classList.contains('chosen-container')) return 'chosen';
    return undefined;
  }
  if (el.tagName !== 'INPUT') return undefined;
  if (el.classList.contains('hasDatepicker') || el.getAttribute('data-provide') === 'datepicker') return 'jq-datepicker';
  // Date pickers of component libraries also say role=combobox but accept typed text.
  const popup = el.getAttribute('aria-haspopup');
  if (el.getAttribute('role') === 'combobox' && el.getAttribute('list') === null && (popup === null || popup === 'listbox' || popup === 'true') && !el.closest('.el-date-editor, .ant-picker, [class*=date-picker], [class*=datepicker]')) {
    return 'combobox';
  }
  return undefined;
}

/** Whether the extension may ever write into this control. */
export function fillable(el: Control, layout = true): boolean {
  if (el.disabled) return false;
  const widget = widgetOf(el);
  // A library's hidden select counts as visible when the widget standing in for it is.
  if (widget === 'select2' || widget === 'chosen') {
    const stand = el.nextElementSibling;
    return !!stand && visible(stand, layout) && el.getAttribute('readonly') === null;
  }
  // Component-library selects mark their input read-only because it is picked from a list, not typed.
  if (isInput(el) && (NEVER_TYPES.has(el.type) || (el.readOnly && widget !== 'combobox'))) return false;
  if (isTextArea(el) && el.readOnly) return false;
  if (el.getAttribute('aria-readonly') === 'true' || el.getAttribute('aria-disabled') === 'true') return false;
  return visible(el, layout);
}

/** Every control in a document, its open shadow roots and its same-origin, non-sandboxed iframes. */
export function allControls(doc: Document): Control[] {
  const out: Control[] = [];
  const walk = (root: Document | ShadowRoot) => {
    for (const el of Array.from(root.querySelectorAll('*'))) {
      // Our own launcher and panel (<tro-ly-…> hosts with open shadow roots) are never part of the page's form.
      if (el.tagName.startsWith('TRO-LY-')) continue;
      if (el.tagName === 'INPUT' || el.tagName === 'SELECT' || el.tagName === 'TEXTAREA') out.push(el as Control);
      if (el.shadowRoot) walk(el.shadowRoot);
      // Sandboxed frames are refused even when same-origin: the page asked for them to be isolated.
      if (el.tagName === 'IFRAME' && !el.hasAttribute('sandbox')) {
        try {
          const d = (el as HTMLIFrameElement).contentDocument;
          if (d) walk(d);
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
  const select = isSelect(el);
  const input = isInput(el) ? el : undefined;
  const options = select ? Array.from((el as HTMLSelectElement).options).map((o) => ({ value: o.value, text: o.text.trim() })) : [];
  const widget = widgetOf(el);
  const value = select ? ((el as HTMLSelectElement).selectedIndex > 0 && el.value !== '' ? el.value : '') : widget === 'combobox' ? comboboxText(el) : el.value;
  return {
    ref,
    tag: select ? 'select' : isTextArea(el) ? 'textarea' : 'input',
    type: input?.type ?? (select ? 'select' : 'textarea'),
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
    ...(widget ? { widget } : {}),
  };
}

/** The selection a custom combobox shows (its input is often empty; the chosen text sits beside it). */
export function comboboxText(el: Control): string {
  if (el.value) return el.value;
  const box = el.closest('.el-select, .ant-select') ?? el.closest('[class*=select]');
  if (!box) return '';
  // Element Plus shows the choice in its placeholder box (transparent while empty); Ant Design in a
  // selection item; react-select style widgets in a "single-value".
  const shown = box.querySelector('.el-select__placeholder:not(.is-transparent), .ant-select-selection-item, [class*=single-value], [class*=selected-item]:not(.is-transparent):not(:has(input))');
  return (shown?.textContent ?? '').trim();
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
  resetLabelIndex();
  displayNone = new WeakMap();
  const elements = allControls(doc).filter((el) => fillable(el, opts.layout ?? true));
  return { elements, fields: elements.map((el, i) => describe(el, i)) };
}
