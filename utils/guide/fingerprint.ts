import type { Fingerprint, Rect } from './schema';

/** Element test that works across frames (each iframe has its own Element constructor, so instanceof fails). */
export function isElement(n: unknown): n is Element {
  return !!n && typeof n === 'object' && (n as Node).nodeType === 1;
}

/** Attributes that usually survive a portal redeploy, in the order we trust them. */
const STABLE_ATTRS = ['id', 'name', 'data-testid', 'data-field', 'aria-label', 'placeholder'] as const;

function cssEscape(v: string): string {
  return typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(v) : v.replace(/["\\\]#.:[ ]/g, '\\$&');
}

function clean(t: string | null | undefined, max = 300): string | undefined {
  const s = (t ?? '').replace(/\s+/g, ' ').trim();
  return s ? s.slice(0, max) : undefined;
}

/** Label text of a control: <label for>, wrapping label, aria-labelledby, aria-label, or the preceding cell text. */
export function labelOf(el: Element): string | undefined {
  const doc = el.ownerDocument;
  const id = el.getAttribute('id');
  if (id) {
    const l = doc.querySelector(`label[for="${cssEscape(id)}"]`);
    if (l) return clean(l.textContent);
  }
  const wrap = el.closest('label');
  if (wrap) {
    // The wrapping label also contains the control's own text (a select's options): take text nodes only.
    const own = [...wrap.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join(' ');
    if (clean(own)) return clean(own);
  }
  const by = el.getAttribute('aria-labelledby');
  if (by) {
    const t = by.split(/\s+/).map((i) => doc.getElementById(i)?.textContent ?? '').join(' ');
    if (clean(t)) return clean(t);
  }
  return clean(el.getAttribute('aria-label')) ?? clean(el.getAttribute('placeholder'));
}

/** Visible text of a button/link; for inputs of type submit, their value (a UI caption, not citizen data). */
function textOf(el: Element): string | undefined {
  const tag = el.tagName.toLowerCase();
  if (tag === 'input') {
    const t = (el as HTMLInputElement).type;
    return t === 'submit' || t === 'button' ? clean((el as HTMLInputElement).value) : undefined;
  }
  if (tag === 'textarea' || tag === 'select') return undefined;
  return clean(el.textContent, 120);
}

function structuralPath(el: Element): string {
  const parts: string[] = [];
  let cur: Element | null = el;
  while (cur && cur.tagName.toLowerCase() !== 'html' && parts.length < 6) {
    const tag = cur.tagName.toLowerCase();
    const parent: Element | null = cur.parentElement;
    if (!parent) {
      parts.unshift(tag);
      break;
    }
    const same = [...parent.children].filter((c) => c.tagName === cur!.tagName);
    parts.unshift(same.length > 1 ? `${tag}:nth-of-type(${same.indexOf(cur) + 1})` : tag);
    cur = parent;
  }
  return parts.join(' > ');
}

export function selectorsFor(el: Element): string[] {
  const tag = el.tagName.toLowerCase();
  const out: string[] = [];
  for (const a of STABLE_ATTRS) {
    const v = el.getAttribute(a);
    if (!v) continue;
    // Generated ids (long digit runs) change every load; they are still worth a try, but last.
    out.push(a === 'id' ? `#${cssEscape(v)}` : `${tag}[${a}="${cssEscape(v)}"]`);
  }
  out.push(structuralPath(el));
  return out.slice(0, 8);
}

/** Where the element is on its page, in document coordinates. */
export function docRect(el: Element): Rect {
  const r = el.getBoundingClientRect();
  const win = el.ownerDocument.defaultView;
  return { x: r.left + (win?.scrollX ?? 0), y: r.top + (win?.scrollY ?? 0), width: r.width, height: r.height };
}

export function fingerprintOf(el: Element, framePath: number[] = []): Fingerprint {
  const type = el.getAttribute('type') ?? undefined;
  return {
    selectors: selectorsFor(el),
    tag: el.tagName.toLowerCase(),
    type: type ?? undefined,
    role: el.getAttribute('role') ?? undefined,
    name: el.getAttribute('name') ?? undefined,
    label: labelOf(el),
    text: textOf(el),
    rect: docRect(el),
    framePath,
  };
}

const norm = (s: string | undefined) => (s ?? '').normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Score 0..1 of how well a candidate matches. Each independent clue adds weight, so one attribute that
 * changed (a renamed id, a moved field) does not lose the element while the label and tag still agree.
 */
export function scoreCandidate(fp: Fingerprint, el: Element, selectorHit: boolean): number {
  let score = 0;
  let max = 0;
  const add = (w: number, ok: boolean) => {
    max += w;
    if (ok) score += w;
  };
  add(3, selectorHit);
  add(1, el.tagName.toLowerCase() === fp.tag);
  if (fp.type) add(1, (el.getAttribute('type') ?? undefined) === fp.type);
  if (fp.name) add(2, el.getAttribute('name') === fp.name);
  if (fp.label) add(3, norm(labelOf(el)) === norm(fp.label));
  if (fp.text) add(2, norm(textOf(el)) === norm(fp.text));
  if (fp.role) add(0.5, el.getAttribute('role') === fp.role);
  if (fp.rect) {
    const r = docRect(el);
    const d = Math.hypot(r.x - fp.rect.x, r.y - fp.rect.y);
    add(1, d < 400);
    score += d < 40 ? 0.5 : 0;
    max += 0.5;
  }
  return max ? score / max : 0;
}

export type Resolution = { ok: true; element: Element; score: number } | { ok: false; reason: string };

/** Follow the same-origin iframe path; cross-origin frames are unreachable and reported as such. */
export function documentAt(top: Document, framePath: number[]): Document | null {
  let doc: Document | null = top;
  for (const i of framePath) {
    const frame = doc?.querySelectorAll('iframe, frame')[i] as HTMLIFrameElement | undefined;
    try {
      doc = frame?.contentDocument ?? null;
    } catch {
      return null;
    }
  }
  return doc;
}

export const MATCH_THRESHOLD = 0.5;

/**
 * Find the fingerprinted element again: gather candidates from every selector plus every element of the
 * same tag, score them, take the best above the threshold.
 */
export function resolveFingerprint(top: Document, fp: Fingerprint, stepTitle = 'bước này'): Resolution {
  const doc = documentAt(top, fp.framePath);
  if (!doc) return { ok: false, reason: `Không truy cập được khung (iframe) chứa ${stepTitle}.` };
  const hits = new Set<Element>();
  for (const s of fp.selectors) {
    try {
      doc.querySelectorAll(s).forEach((e) => hits.add(e));
    } catch {
      /* a selector that no longer parses is just one lost clue */
    }
  }
  const candidates = new Set<Element>(hits);
  doc.querySelectorAll(fp.tag).forEach((e) => candidates.add(e));
  let best: Element | null = null;
  let bestScore = 0;
  for (const c of candidates) {
    const s = scoreCandidate(fp, c, hits.has(c));
    if (s > bestScore) {
      best = c;
      bestScore = s;
    }
  }
  if (!best || bestScore < MATCH_THRESHOLD) {
    return { ok: false, reason: `Không tìm thấy "${fp.label ?? fp.text ?? stepTitle}" trên trang này. Trang có thể đã thay đổi.` };
  }
  return { ok: true, element: best, score: bestScore };
}
