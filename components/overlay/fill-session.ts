import { send } from '../../utils/messaging/client';
import type { Person, Role, SiteProfile } from '../../utils/schema';
import { applyPlan, setValue, undoFill, type AppliedField, type UndoEntry } from '../../utils/fill/apply';
import { classifyAll } from '../../utils/fill/classify';
import { collectFields, isInput, type Control } from '../../utils/fill/collect';
import { currentValue } from '../../utils/fill/verify';
import { buildPlan, KEY_LABELS, ROLE_LABELS } from '../../utils/fill/plan';
import { recipeHits } from '../../utils/fill/recipe';
import type { Classified, FieldDescriptor } from '../../utils/fill/types';

/** One entry of the after-fill report; `el` lets the officer jump to the field. */
export interface ReportLine {
  text: string;
  el?: Control;
  /** Options the officer can pick with one click (successor wards for an old-units address). */
  choices?: { text: string; pick(): void }[];
}

export interface FillReport {
  filled: number;
  total: number;
  missingRequired: ReportLine[];
  failures: ReportLine[];
  undo: UndoEntry[];
}

export interface PageModel {
  fields: FieldDescriptor[];
  elements: Control[];
  classified: Classified[];
  roles: Role[];
}

export async function readPage(): Promise<PageModel> {
  const { fields, elements } = collectFields(document);
  const profiles = await send<SiteProfile[]>({ type: 'recipes:forUrl', url: location.href }).catch(() => [] as SiteProfile[]);
  const classified = classifyAll(fields, recipeHits(profiles, elements, document));
  const roles = [...new Set(classified.map((c) => c.role))];
  return { fields, elements, classified, roles: roles.length ? roles : ['applicant'] };
}

function describeField(d: FieldDescriptor | undefined, c: { key: keyof typeof KEY_LABELS; role: Role }): string {
  const label = d?.labels[0] ?? d?.placeholder ?? KEY_LABELS[c.key];
  return `${ROLE_LABELS[c.role]} — ${label}`;
}

/** Whether a control holds an answer; a radio counts when any choice of its group is picked. */
function isSet(el: Control): boolean {
  if (isInput(el) && el.type === 'radio') {
    const root = el.getRootNode() as Document | ShadowRoot;
    return !!root.querySelector(`input[type=radio][name="${CSS.escape(el.name)}"]:checked`);
  }
  if (isInput(el) && el.type === 'checkbox') return el.checked;
  return currentValue(el).trim() !== '';
}

/**
 * collect → classify → plan → apply → verify, for the citizens the officer chose per role. Filling can
 * reveal more fields (a choice that opens a section, a step that loads): those are collected and filled in
 * a further round, at most twice, never touching a control already handled.
 */
export async function fillPage(people: Partial<Record<Role, Person>>, overwrite: boolean): Promise<FillReport> {
  const handled = new Set<Control>();
  const failures: ReportLine[] = [];
  const undo: UndoEntry[] = [];
  let filled = 0;
  let total = 0;
  let page = await readPage();
  for (let round = 0; round < 3; round++) {
    const fresh = new Set(page.elements.filter((el) => !handled.has(el)));
    if (!fresh.size) break;
    const classified = page.classified.filter((c) => fresh.has(page.elements[c.ref]!));
    const plan = buildPlan(page.fields, classified, people, { overwrite });
    const applied = await applyPlan(plan, page.elements);
    const byRef = new Map(page.fields.map((f) => [f.ref, f]));
    const els = page.elements;
    failures.push(
      ...plan.problems.map((p) => {
        const el = els[p.ref];
        const line: ReportLine = { text: `${describeField(byRef.get(p.ref), p)}: ${p.reason}`, el };
        if (el && p.candidates?.length) line.choices = p.candidates.map((o) => ({ text: o.text, pick: () => setValue(el, o.value) }));
        return line;
      }),
      ...applied.results
        .filter((r: AppliedField) => !r.ok)
        .map((r) => ({ text: `${describeField(byRef.get(r.item.ref), r.item)}: ${r.reason}`, el: els[r.item.ref] })),
    );
    undo.push(...applied.undo);
    filled += applied.results.filter((r) => r.ok).length;
    total += plan.items.length + plan.problems.length;
    fresh.forEach((el) => handled.add(el));
    if (!plan.items.length) break;
    await new Promise((r) => setTimeout(r, 150));
    page = await readPage();
  }
  const missingRequired = page.fields
    .filter((f) => f.required && !isSet(page.elements[f.ref]!))
    .map((f) => ({ text: f.labels[0] ?? f.placeholder ?? f.name, el: page.elements[f.ref] }));
  const ids = Object.values(people).map((p) => p!.id);
  void send({ type: 'audit:log', action: 'fill', recordIds: ids, count: filled }).catch(() => undefined);
  return { filled, total, missingRequired, failures, undo };
}

export { undoFill };
