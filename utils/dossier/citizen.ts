/**
 * Dossiers' part in a citizen's data rights: "delete this citizen" removes their name, number and record
 * link from every dossier (the anonymous dossier stays in the unit's figures), and "export everything about
 * this citizen" includes their dossiers. Imported for its effect by every page that can erase or export.
 */
import { registerCitizenExporter } from '../store/citizen-export';
import { registerEraser } from '../store/erase';
import { DossierRepo } from './db';

registerEraser(async (personId, idNumber) => {
  await new DossierRepo().forgetCitizen(personId, idNumber);
});

registerCitizenExporter(async (person) => ({ dossiers: await new DossierRepo().ofCitizen(person.id, person.idNumber) }));
