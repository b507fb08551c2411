import { eraseDraftsOf } from '../drafts/store';
import { logAudit } from './audit';
import { guardWrite } from './errors';
import { getMeta, setMeta } from './meta';
import { deletePerson, getPerson } from './persons';

/**
 * Other stores that hold data about a citizen (drafts, dossier links, OCR results, images) add their
 * cleanup here so that "delete this citizen" reaches all of them.
 */
type Eraser = (personId: string, idNumber: string) => Promise<void>;
const erasers: Eraser[] = [];
export function registerEraser(fn: Eraser): void {
  erasers.push(fn);
}

export async function eraseCitizen(id: string): Promise<void> {
  const person = await getPerson(id);
  if (!person) return;
  await guardWrite('xoá công dân', async () => {
    // Portal-form drafts are keyed by form, not by citizen: those holding the number or name go.
    await eraseDraftsOf(person);
    for (const erase of erasers) await erase(id, person.idNumber);
    await deletePerson(id);
    if ((await getMeta<string | null>('activePersonId')) === id) await setMeta('activePersonId', null);
  });
  await logAudit({ action: 'delete', recordIds: [id] });
}
