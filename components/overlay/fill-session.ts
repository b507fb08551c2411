import { send } from '../../utils/messaging/client';
import type { Person, Role, SiteProfile } from '../../utils/schema';
import { applyPlan, undoFill, type AppliedField, type UndoEntry } from '../../utils/fill/apply';
import { classifyAll } from '../../utils/fill/classify';
import { collectFields, type Control } from '../../utils/fill/collect';
import { buildPlan, KEY_LABELS, ROLE_LABELS } from '../../utils/fill/plan';
import { recipeHits } from '../../utils/fill/recipe';
import type { Classified, FieldDescriptor } from '../../utils/fill/types';

/** One entry of the after-fill report; `el` lets the officer jump to the field. */
export interface ReportLine {
  text: string;
  el?: Control;
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

/** collect → classify → plan → apply → verify, for the citizens the officer chose per role. */
export async function fillPage(people: Partial<Record<Role, Person>>, overwrite: boolean): Promise<FillReport> {
  const page = await readPage();
  const plan = buildPlan(page.fields, page.classified, people, { overwrite });
  const { results, undo } = await applyPlan(plan, page.elements);
  const byRef = new Map(page.fields.map((f) => [f.ref, f]));
  const failures: ReportLine[] = [
    ...plan.problems.map((p) => ({ text: `${describeField(byRef.get(p.ref), p)}: ${p.reason}`, el: page.elements[p.ref] })),
    ...results
      .filter((r: AppliedField) => !r.ok)
      .map((r) => ({ text: `${describeField(byRef.get(r.item.ref), r.item)}: ${r.reason}`, el: page.elements[r.item.ref] })),
  ];
  const missingRequired = page.fields
    .filter((f) => f.required && !page.elements[f.ref]!.value)
    .map((f) => ({ text: f.labels[0] ?? f.placeholder ?? f.name, el: page.elements[f.ref] }));
  const ids = Object.values(people).map((p) => p!.id);
  void send({ type: 'audit:log', action: 'fill', recordIds: ids, count: results.filter((r) => r.ok).length }).catch(() => undefined);
  return {
    filled: results.filter((r) => r.ok).length,
    total: plan.items.length + plan.problems.length,
    missingRequired,
    failures,
    undo,
  };
}

export { undoFill };
