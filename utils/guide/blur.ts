import type { Rect } from './schema';

/**
 * Blur plan for a screenshot: rectangles (viewport CSS pixels) covering every form field and every text node
 * that contains one of the personal values. Computed in the page, applied to the capture in an extension
 * context before anything is stored.
 */
export interface BlurPlan {
  rects: Rect[];
  viewport: { width: number; height: number };
}

const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

/** Values worth hiding: skip very short ones (a "Nam" sex value would blur every "Nam" word on the page). */
export function sensitiveValues(values: (string | undefined | null)[]): string[] {
  return [...new Set(values.filter((v): v is string => !!v).map(norm).filter((v) => v.length >= 4))];
}

const PAD = 4;

function pad(r: DOMRect | Rect, offset: { x: number; y: number }): Rect {
  return { x: r.x + offset.x - PAD, y: r.y + offset.y - PAD, width: r.width + 2 * PAD, height: r.height + 2 * PAD };
}

function visible(r: DOMRect, vw: number, vh: number): boolean {
  return r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < vh && r.left < vw;
}

function collect(doc: Document, values: string[], offset: { x: number; y: number }, vw: number, vh: number, out: Rect[]) {
  // Every control is hidden, whatever it holds: officers type values we do not know about.
  doc.querySelectorAll('input:not([type=hidden]):not([type=submit]):not([type=button]), textarea, select, [contenteditable=""], [contenteditable=true]').forEach((el) => {
    const r = el.getBoundingClientRect();
    if (visible(r, vw, vh)) out.push(pad(r, offset));
  });
  if (values.length) {
    const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4 /* SHOW_TEXT */);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const t = norm(n.textContent ?? '');
      if (!t || !values.some((v) => t.includes(v) || (t.length >= 4 && v.includes(t)))) continue;
      const range = doc.createRange();
      range.selectNodeContents(n);
      for (const r of range.getClientRects()) if (visible(r, vw, vh)) out.push(pad(r, offset));
      const parent = n.parentElement?.getBoundingClientRect();
      if (parent && visible(parent, vw, vh) && !range.getClientRects().length) out.push(pad(parent, offset));
    }
  }
  doc.querySelectorAll('iframe').forEach((f) => {
    let inner: Document | null = null;
    try {
      inner = f.contentDocument;
    } catch {
      inner = null;
    }
    const fr = f.getBoundingClientRect();
    // A frame we cannot read may show anything: hide it whole.
    if (!inner) return void (visible(fr, vw, vh) && out.push(pad(fr, offset)));
    collect(inner, values, { x: offset.x + fr.left, y: offset.y + fr.top }, vw, vh, out);
  });
}

export function planBlur(doc: Document, values: string[]): BlurPlan {
  const win = doc.defaultView;
  const vw = win?.innerWidth ?? 0;
  const vh = win?.innerHeight ?? 0;
  const rects: Rect[] = [];
  collect(doc, sensitiveValues(values), { x: 0, y: 0 }, vw, vh, rects);
  return { rects, viewport: { width: vw, height: vh } };
}

/** Scale plan rectangles to the captured image's pixels (device pixel ratio, zoom). */
export function scaleRects(plan: BlurPlan, imageWidth: number, imageHeight: number): Rect[] {
  const sx = plan.viewport.width ? imageWidth / plan.viewport.width : 1;
  const sy = plan.viewport.height ? imageHeight / plan.viewport.height : 1;
  return plan.rects.map((r) => {
    const x = Math.max(0, Math.floor(r.x * sx));
    const y = Math.max(0, Math.floor(r.y * sy));
    return {
      x,
      y,
      width: Math.min(imageWidth - x, Math.ceil(r.width * sx)),
      height: Math.min(imageHeight - y, Math.ceil(r.height * sy)),
    };
  }).filter((r) => r.width > 0 && r.height > 0);
}
