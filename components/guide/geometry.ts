export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

/** The same-origin frame elements an element sits in, innermost first. */
function* framesAround(el: Element): Generator<Element> {
  let win: Window | null = el.ownerDocument.defaultView;
  while (win && win !== win.parent) {
    let frame: Element | null = null;
    try {
      frame = win.frameElement;
    } catch {
      frame = null;
    }
    if (!frame) return;
    yield frame;
    win = frame.ownerDocument.defaultView;
  }
}

/** The element's box in the top window's viewport, adding the offsets of same-origin frames it sits in. */
export function viewportBox(el: Element): Box {
  const r = el.getBoundingClientRect();
  let top = r.top;
  let left = r.left;
  for (const frame of framesAround(el)) {
    const fr = frame.getBoundingClientRect();
    const cs = frame.ownerDocument.defaultView?.getComputedStyle(frame);
    top += fr.top + parseFloat(cs?.borderTopWidth ?? '0') + parseFloat(cs?.paddingTop ?? '0');
    left += fr.left + parseFloat(cs?.borderLeftWidth ?? '0') + parseFloat(cs?.paddingLeft ?? '0');
  }
  return { top, left, width: r.width, height: r.height };
}

/** Bring the element into view through every scrolling container and frame, centred. */
export function reveal(el: Element): void {
  el.scrollIntoView({ block: 'center', inline: 'nearest' });
  for (const frame of framesAround(el)) frame.scrollIntoView({ block: 'nearest' });
  unhideFromFixedHeader(el);
}

/**
 * A fixed/sticky header may sit over the element after centring on a short page: if the element's centre
 * is covered by a fixed ancestor-less box, scroll by that box's height.
 */
function unhideFromFixedHeader(el: Element): void {
  const doc = el.ownerDocument;
  const win = doc.defaultView;
  if (!win) return;
  const r = el.getBoundingClientRect();
  const x = r.left + Math.min(r.width / 2, 10);
  const y = r.top + Math.min(r.height / 2, 5);
  const hit = doc.elementFromPoint(x, y);
  if (!hit || hit === el || el.contains(hit) || hit.contains(el)) return;
  let cover: Element | null = hit;
  while (cover && !['fixed', 'sticky'].includes(win.getComputedStyle(cover).position)) cover = cover.parentElement;
  if (!cover) return;
  const c = cover.getBoundingClientRect();
  win.scrollBy(0, r.top < c.bottom && c.top <= r.top ? -(c.bottom - r.top + 12) : r.bottom - c.top + 12);
}

/** Put the bubble below the spotlight, else above, else at the bottom of the viewport; keep it on screen. */
export function placeBubble(spot: Box | null, bubble: { width: number; height: number }, vw: number, vh: number): { top: number; left: number } {
  const m = 12;
  if (!spot) return { top: Math.max(m, (vh - bubble.height) / 2), left: Math.max(m, (vw - bubble.width) / 2) };
  const left = Math.min(Math.max(m, spot.left), Math.max(m, vw - bubble.width - m));
  if (spot.top + spot.height + m + bubble.height <= vh) return { top: spot.top + spot.height + m, left };
  if (spot.top - m - bubble.height >= 0) return { top: spot.top - m - bubble.height, left };
  return { top: Math.max(m, vh - bubble.height - m), left };
}
