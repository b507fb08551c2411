import { personFieldsSchema } from '../../utils/schema';
import { logAudit } from '../../utils/store/audit';
import { getMeta, setMeta } from '../../utils/store/meta';
import { getPerson, searchPersons, touchPerson, upsertPersons } from '../../utils/store/persons';
import { recipesForUrl, saveRecipe } from '../../utils/store/recipes';
import type { PersonSummary } from '../../utils/messaging/protocol';
import { register } from './router';

const summary = (p: { id: string; fullName: string; idNumber: string; dateOfBirth?: string }): PersonSummary => ({
  id: p.id,
  fullName: p.fullName,
  idNumber: p.idNumber,
  dateOfBirth: p.dateOfBirth,
});

export function registerPersons(): void {
  register({
    'persons:search': async (r) => (await searchPersons(r.query, r.limit)).map(summary),
    'persons:get': async (r) => {
      const p = await getPerson(r.id);
      if (!p) throw new Error('Không tìm thấy công dân này.');
      await touchPerson(p.id);
      return p;
    },
    'persons:active': async () => {
      const id = await getMeta<string | null>('activePersonId');
      const p = id ? await getPerson(id) : undefined;
      return p ? summary(p) : null;
    },
    'persons:setActive': async (r) => {
      await setMeta('activePersonId', r.id);
      return null;
    },
    'persons:capture': async (r, sender) => {
      const base = r.mergeIntoId ? await getPerson(r.mergeIntoId) : undefined;
      const fields = personFieldsSchema.parse({ ...(base ?? {}), ...r.fields });
      const res = await upsertPersons([fields]);
      await logAudit({ action: 'capture', origin: originOf(sender.url), recordIds: res.ids });
      return { id: res.ids[0], created: res.created === 1 };
    },
    'recipes:forUrl': async (r) => recipesForUrl(r.url),
    'recipes:save': async (r) => {
      await saveRecipe(r.profile);
      return null;
    },
    'audit:log': async (r, sender) => {
      // A portal page cannot write entries in another portal's name: its origin is taken from the sender.
      const origin = sender.tab ? originOf(sender.url) : (r.origin ?? originOf(sender.url));
      await logAudit({ action: r.action, origin, recordIds: r.recordIds, count: r.count });
      return null;
    },
  });
}

function originOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).origin : undefined;
  } catch {
    return undefined;
  }
}
