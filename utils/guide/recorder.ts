import { fingerprintOf, isElement, labelOf } from './fingerprint';
import type { Step } from './schema';
import { findSubmit, newId } from './steps';

export interface RecorderOptions {
  /** Index path of this document's frame from the top (same-origin iframes record into the same guide). */
  framePath?: number[];
  /** URL the step belongs to: the top page's, also for steps inside its iframes (replay matches on it). */
  pageUrl?: () => string;
}

export interface Recorder {
  stop(): void;
}

const CLICKABLE = 'button, a, input[type=submit], input[type=button], input[type=checkbox], input[type=radio], [role=button], [role=tab], [role=menuitem], summary, label';
const FIELD = 'input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=checkbox]):not([type=radio]), textarea, select, [contenteditable=""], [contenteditable=true]';

/** Events from inside our own UI (the <tro-ly-…> hosts: launcher, overlay, guide) are not part of the portal's procedure. */
function ours(e: Event): boolean {
  return e.composedPath().some((n) => isElement(n) && (n.tagName.startsWith('TRO-LY') || n.hasAttribute('data-troly-host')));
}

function titleFor(el: Element, kind: Step['kind']): string {
  const label = labelOf(el);
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 80) || (el as HTMLInputElement).value;
  if (kind === 'field') return `Nhập "${label ?? 'ô thông tin'}"`;
  return `Bấm "${label ?? text ?? 'nút'}"`;
}

/**
 * Record clicks and visited fields as steps. Each step gets a default note the officer edits later; the
 * typed value is never read, only which field was visited.
 */
export function startRecorder(doc: Document, onStep: (step: Step, el: Element) => void, opts: RecorderOptions = {}): Recorder {
  const framePath = opts.framePath ?? [];
  let lastField: Element | null = null;
  const url = opts.pageUrl ?? (() => doc.defaultView?.location.href ?? doc.URL);

  const emit = (el: Element, kind: Step['kind']) => {
    onStep(
      {
        id: newId(),
        kind,
        url: url(),
        title: titleFor(el, kind),
        note: kind === 'field' ? `Nhập ${labelOf(el)?.toLowerCase() ?? 'thông tin'} theo giấy tờ.` : '',
        fingerprint: fingerprintOf(el, framePath),
      },
      el,
    );
  };

  const onFocus = (e: Event) => {
    const el = e.composedPath()[0];
    if (!isElement(el) || ours(e) || !el.matches(FIELD) || el === lastField) return;
    lastField = el;
    emit(el, 'field');
  };
  const onClick = (e: MouseEvent) => {
    const target = e.composedPath()[0];
    if (!isElement(target) || ours(e)) return;
    const el = target.closest(CLICKABLE);
    if (!el || el.matches(FIELD)) return;
    // A click on a label moves focus to its control: the focus handler records it as a field.
    if (el.tagName === 'LABEL' && (el as HTMLLabelElement).control?.matches(FIELD)) return;
    lastField = null;
    // Only a caption that clearly submits ("Nộp hồ sơ", "Gửi") marks the final step; "Xác nhận" may open a dialog.
    const submit = findSubmit(doc, true);
    emit(el, submit === el ? 'submit' : 'click');
  };
  doc.addEventListener('focusin', onFocus, true);
  doc.addEventListener('click', onClick, true);
  return {
    stop() {
      doc.removeEventListener('focusin', onFocus, true);
      doc.removeEventListener('click', onClick, true);
    },
  };
}
