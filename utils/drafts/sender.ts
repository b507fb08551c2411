/**
 * A portal page's content script may only save, read or discard drafts of its own origin: without this,
 * a compromised page could ask for another portal's draft (decrypted) by naming its URL. Extension pages
 * (no tab) are trusted.
 */
export function senderMayUse(draftUrl: string, sender: { tab?: unknown; url?: string }): boolean {
  if (!sender.tab) return true;
  try {
    return new URL(draftUrl).origin === new URL(sender.url ?? '').origin;
  } catch {
    return false;
  }
}

export const FOREIGN_DRAFT = 'Trang này không được dùng bản nháp của trang khác.';
