import type { Role, SiteProfile } from '../schema';
import type { Control } from './collect';

/** A selector that finds the same control next time: id, then name, then a structural path. */
export function selectorFor(el: Element): string {
  if (el.id && !/\d{4,}/.test(el.id)) return `#${CSS.escape(el.id)}`;
  const name = el.getAttribute('name');
  if (name) return `${el.tagName.toLowerCase()}[name="${CSS.escape(name)}"]`;
  const path: string[] = [];
  let node: Element | null = el;
  while (node && node.tagName !== 'BODY' && path.length < 8) {
    const parent: Element | null = node.parentElement;
    const same = parent ? Array.from(parent.children).filter((c) => c.tagName === node!.tagName) : [];
    path.unshift(`${node.tagName.toLowerCase()}${same.length > 1 ? `:nth-of-type(${same.indexOf(node) + 1})` : ''}`);
    node = parent;
  }
  return path.join(' > ');
}

/** Resolves taught fields to element refs (recipes come first in classification). */
export function recipeHits(profiles: SiteProfile[], elements: Control[], doc: Document): Map<number, { key: string; role?: Role }> {
  const hits = new Map<number, { key: string; role?: Role }>();
  for (const p of profiles) {
    for (const f of p.fields) {
      let el: Element | null = null;
      try {
        el = doc.querySelector(f.selector);
      } catch {
        continue;
      }
      const ref = el ? elements.indexOf(el as Control) : -1;
      if (ref >= 0) hits.set(ref, { key: f.key, ...(f.role ? { role: f.role } : {}) });
    }
  }
  return hits;
}
