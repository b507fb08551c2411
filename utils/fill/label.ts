/** Label texts for a control, from every source portals use, most explicit first. */
type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

const text = (el: Element | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

function rootOf(el: Element): Document | ShadowRoot {
  const r = el.getRootNode();
  // nodeType 9 = document, 11 = shadow root (tag checks: frames have their own classes).
  return r.nodeType === 9 || r.nodeType === 11 ? (r as Document | ShadowRoot) : el.ownerDocument;
}

const SKIP_TEXT = new Set(['SELECT', 'TEXTAREA', 'INPUT', 'OPTION', 'BUTTON', 'SCRIPT', 'STYLE']);

/** Text of an element without the text of controls (and their options) inside it; one walk, no cloning. */
function ownText(el: Element): string {
  let out = '';
  const walk = (n: Node) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) out += c.nodeValue ?? '';
      else if (c.nodeType === 1 && !SKIP_TEXT.has((c as Element).tagName)) walk(c);
    }
  };
  walk(el);
  return out.replace(/\s+/g, ' ').trim();
}

/** Number of fillable-looking controls in (or being) `el`; tag lists are much cheaper than selector queries. */
function controlCount(el: Element): number {
  const tag = el.tagName;
  if (tag === 'SELECT' || tag === 'TEXTAREA') return 1;
  if (tag === 'INPUT') return (el as HTMLInputElement).type === 'hidden' ? 0 : 1;
  let n = el.getElementsByTagName('select').length + el.getElementsByTagName('textarea').length;
  for (const i of Array.from(el.getElementsByTagName('input'))) if ((i as HTMLInputElement).type !== 'hidden') n++;
  return n;
}

function hasControl(el: Element): boolean {
  return controlCount(el) > 0;
}

function tableCellLabels(el: Control): string[] {
  const cell = el.closest('td, th');
  if (!cell) return [];
  const out: string[] = [];
  // Text in the same cell before the control ("Họ tên: [input]").
  const before = ownText(cell);
  if (before && before.length < 60 && controlCount(cell) === 1) out.push(before);
  let prev = cell.previousElementSibling;
  while (prev && hasControl(prev)) prev = prev.previousElementSibling;
  if (prev && ownText(prev)) out.push(ownText(prev));
  else {
    const row = cell.parentElement as HTMLTableRowElement | null;
    const above = row?.previousElementSibling as HTMLTableRowElement | null;
    const idx = (cell as HTMLTableCellElement).cellIndex;
    const up = above?.cells?.[idx];
    if (up && !hasControl(up) && ownText(up)) out.push(ownText(up));
  }
  return out;
}

/**
 * The text just before the control, or before the box that wraps it: component libraries nest the input
 * a few levels deep (<div class=form-item><label>Ngày sinh</label><div><div><input>…). Climbs only while
 * the box holds this one control, so the label of a neighbouring field is never taken.
 */
function neighbourLabel(el: Control): string | undefined {
  let node: Element = el;
  for (let depth = 0; depth < 5; depth++) {
    let prev = node.previousElementSibling;
    while (prev && (prev.matches('br, script, style') || (prev.matches('select, input') && prev !== el))) prev = prev.previousElementSibling;
    if (prev && !hasControl(prev)) {
      const t = ownText(prev);
      if (t && t.length < 80) return t;
    }
    if (prev) return undefined;
    const parent = node.parentElement;
    if (!parent || parent.matches('form, body, fieldset, table, tr') || controlCount(parent) > 1) return undefined;
    node = parent;
  }
  return undefined;
}

/**
 * label[for] lookups, indexed once per document/shadow root: a query per field over the whole page made
 * collection on 200-field forms several times slower. `resetLabelIndex()` starts a fresh pass.
 */
let forIndex = new WeakMap<Document | ShadowRoot, Map<string, Element[]>>();
export function resetLabelIndex(): void {
  forIndex = new WeakMap();
}
function labelsFor(root: Document | ShadowRoot, id: string): Element[] {
  let idx = forIndex.get(root);
  if (!idx) {
    idx = new Map();
    for (const l of Array.from(root.querySelectorAll('label[for]'))) {
      const f = l.getAttribute('for')!;
      idx.set(f, [...(idx.get(f) ?? []), l]);
    }
    forIndex.set(root, idx);
  }
  return idx.get(id) ?? [];
}

export function labelsOf(el: Control): string[] {
  const root = rootOf(el);
  const out: string[] = [];
  const aria = el.getAttribute('aria-labelledby');
  if (aria) out.push(aria.split(/\s+/).map((id) => text(root.getElementById?.(id) ?? el.ownerDocument.getElementById(id))).join(' '));
  if (el.getAttribute('aria-label')) out.push(el.getAttribute('aria-label')!);
  if (el.id) {
    for (const l of labelsFor(root, el.id)) out.push(ownText(l));
  }
  const wrap = el.closest('label');
  if (wrap) out.push(ownText(wrap));
  out.push(...tableCellLabels(el));
  const dd = el.closest('dd');
  if (dd?.previousElementSibling?.matches('dt')) out.push(text(dd.previousElementSibling));
  const n = neighbourLabel(el);
  if (n) out.push(n);
  return [...new Set(out.map((s) => s.trim()).filter((s) => s && s.length < 200))];
}

/** The text a radio or checkbox choice shows ("Nam", "Nữ"). */
export function choiceTextOf(el: HTMLInputElement): string {
  const root = rootOf(el);
  if (el.id) {
    const l = labelsFor(root, el.id)[0];
    if (l) return text(l);
  }
  const wrap = el.closest('label');
  if (wrap) return text(wrap);
  const next = el.nextSibling;
  return (next?.textContent ?? '').trim().split(/\s{2,}/)[0] ?? '';
}

const HEADING = 'legend, h1, h2, h3, h4, h5, h6, caption, [role=heading], .title, .panel-title, .card-header, .card-title, .section-title, .header, .panel-heading, .box-title';

function headingLike(el: Element): string | undefined {
  if (hasControl(el)) {
    // A row that is only a title cell (legacy tables: <tr><td colspan=4 class=title>…</td></tr>).
    return undefined;
  }
  const t = ownText(el);
  if (!t || t.length > 100) return undefined;
  if (el.matches(HEADING) || el.querySelector(HEADING)) return t;
  if (el.matches('tr') && (el as HTMLTableRowElement).cells.length === 1) return t;
  if (/^(thong tin|thông tin|phan|phần|muc|mục|[ivx]+\.|[a-e]\.)/i.test(t) && t.length < 80) return t;
  return undefined;
}

/** The title of the form section around a control: fieldset legend, heading, panel title or title row. */
export function sectionOf(el: Element): string {
  const fs = el.closest('fieldset');
  const legend = fs?.querySelector(':scope > legend');
  if (legend && text(legend)) return text(legend);
  let node: Element | null = el;
  for (let depth = 0; node && depth < 8; depth++) {
    let prev = node.previousElementSibling;
    for (let i = 0; prev && i < 40; i++) {
      const h = headingLike(prev);
      if (h) return h;
      prev = prev.previousElementSibling;
    }
    node = node.parentElement;
    if (node) {
      const own = node.matches('section, [role=region], .panel, .card, .box') ? node.getAttribute('aria-label') ?? node.querySelector(':scope > ' + HEADING.split(', ').join(', :scope > '))?.textContent : null;
      if (own && own.trim()) return own.replace(/\s+/g, ' ').trim();
    }
  }
  return '';
}

export function groupOf(el: Element): string {
  const g = el.closest('[role=group], [role=radiogroup]');
  if (!g) return '';
  const label = g.getAttribute('aria-label');
  if (label) return label;
  const by = g.getAttribute('aria-labelledby');
  return by ? text(el.ownerDocument.getElementById(by)) : '';
}
