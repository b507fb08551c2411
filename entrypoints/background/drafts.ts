import { browser } from 'wxt/browser';
import { confirmSubmissions, discardDraft, findDraft, markSubmitted, saveDraft } from '../../utils/drafts/store';
import { FOREIGN_DRAFT, senderMayUse } from '../../utils/drafts/sender';
import { register } from './router';

export function registerDrafts(): void {
  register({
    'drafts:save': async (r, sender) => {
      if (!senderMayUse(r.snapshot.url, sender)) throw new Error(FOREIGN_DRAFT);
      return saveDraft(r.snapshot);
    },
    'drafts:find': async (r, sender) => {
      if (!senderMayUse(r.url, sender)) throw new Error(FOREIGN_DRAFT);
      await confirmSubmissions(r.url, r.signatures);
      const found = await findDraft(r.url, r.signatures).catch(() => undefined);
      return found ?? null;
    },
    'drafts:submitted': async (r, sender) => {
      if (!senderMayUse(r.snapshot.url, sender)) throw new Error(FOREIGN_DRAFT);
      await saveDraft(r.snapshot);
      await markSubmitted(r.snapshot.url, r.snapshot.signature);
      // The result page may already be showing (the tab moved on before this message was handled).
      const now = sender.tab?.id !== undefined ? (await browser.tabs.get(sender.tab.id).catch(() => undefined))?.url : undefined;
      if (now && now !== r.snapshot.url) await confirmSubmissions(now, []);
      return null;
    },
    'drafts:discard': async (r, sender) => {
      if (!senderMayUse(r.url, sender)) throw new Error(FOREIGN_DRAFT);
      await discardDraft(r.url, r.signature);
      return null;
    },
  });
}
