import type { PersonFieldKey } from '../schema';
import { explain, SUBMIT_EXPLANATION } from './explain';
import { fingerprintOf, labelOf } from './fingerprint';
import type { Step } from './schema';

/** A field the fill engine just filled. */
export interface FilledField {
  element: Element;
  key?: PersonFieldKey;
  label?: string;
}

/** A step ready to show: the data plus how to find its element now (a function, so iframes/shadow roots work). */
export interface LiveStep {
  step: Step;
  resolve: () => Element | null;
}

let seq = 0;
export const newId = (prefix = 's') => `${prefix}${Date.now().toString(36)}${(seq++).toString(36)}`;

// Strongest wording first: "Xác nhận" also captions a confirm step that comes before the real submit.
const SUBMIT_WORDS = [/nộp hồ sơ|nop ho so|gửi hồ sơ/i, /\bnộp\b|\bgửi\b|submit/i, /hoàn thành|hoàn tất|xác nhận/i];

/** Controls the citizen can see now: not hidden, not inside a closed <dialog>. */
function shown(e: Element): boolean {
  return !(e as HTMLElement).hidden && !e.closest('[hidden], dialog:not([open])');
}

/** The portal's submit button: a button whose caption says "nộp/gửi", else an explicit submit control. */
export function findSubmit(doc: Document, strict = false): Element | null {
  const all = [...doc.querySelectorAll('button, input[type=submit], input[type=button], a[role=button]')].filter(shown);
  const caption = (e: Element) => `${e.textContent ?? ''} ${(e as HTMLInputElement).value ?? ''}`;
  for (const re of strict ? SUBMIT_WORDS.slice(0, 2) : SUBMIT_WORDS) {
    const hit = all.find((e) => re.test(caption(e)));
    if (hit) return hit;
  }
  if (strict) return null;
  return all.find((e) => e.getAttribute('type') === 'submit' || (e.tagName === 'BUTTON' && !e.getAttribute('type'))) ?? null;
}

function orderByPage(a: Element, b: Element): number {
  if (a.ownerDocument !== b.ownerDocument) return 0;
  return a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1;
}

/**
 * Walkthrough over a filled screen: one step per filled field in page order (radio groups once), then the
 * submit button so the citizen presses it themselves.
 */
export function buildSteps(fields: FilledField[], submit: Element | null, url: string): LiveStep[] {
  const seenRadio = new Set<string>();
  const sorted = [...fields].sort((x, y) => orderByPage(x.element, y.element));
  const out: LiveStep[] = [];
  for (const f of sorted) {
    const el = f.element;
    if (el.getAttribute('type') === 'radio') {
      const n = el.getAttribute('name') ?? '';
      if (seenRadio.has(n)) continue;
      seenRadio.add(n);
    }
    // The required-field star is for sighted form-fillers; the walkthrough says the label plainly.
    const label = (f.label ?? labelOf(el) ?? 'Ô thông tin').replace(/\s*\*\s*$/, '');
    out.push({
      step: { id: newId(), kind: 'field', url, title: label, note: explain(f.key, label), fingerprint: fingerprintOf(el) },
      resolve: () => (el.isConnected ? el : null),
    });
  }
  if (submit) {
    const title = (submit.textContent ?? '').trim() || (submit as HTMLInputElement).value || 'Nộp hồ sơ';
    out.push({
      step: { id: newId(), kind: 'submit', url, title: `Bấm "${title}"`, note: SUBMIT_EXPLANATION, fingerprint: fingerprintOf(submit) },
      resolve: () => (submit.isConnected ? submit : null),
    });
  }
  return out;
}

/** Steps of a recorded guide that belong to the page being shown (URL without query/hash). */
export function sameUrl(a: string, b: string): boolean {
  const strip = (u: string) => {
    try {
      const p = new URL(u);
      return p.origin + p.pathname.replace(/\/$/, '');
    } catch {
      return u;
    }
  };
  return strip(a) === strip(b);
}
