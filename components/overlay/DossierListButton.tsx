import { useState } from 'preact/hooks';
import { findDossierTable, type TableText } from '../../utils/dossier/table-dom';
import { send } from '../../utils/messaging/client';

/** The portal's dossier list, in this page or a same-origin frame (cross-origin frames cannot be read). */
function findOnPage(): TableText | undefined {
  const found = findDossierTable(document);
  if (found?.rows.length) return found;
  for (const frame of Array.from(document.querySelectorAll('iframe'))) {
    try {
      const doc = frame.contentDocument;
      const inFrame = doc && findDossierTable(doc);
      if (inFrame?.rows.length) return inFrame;
    } catch {
      // A cross-origin frame: its own content script instance handles it.
    }
  }
  return undefined;
}

/**
 * "Lấy danh sách hồ sơ": on a portal's dossier list page, reads the table (codes, dates, status, applicant)
 * and hands header and cell text to the background, which merges it into the deadlines by dossier code.
 */
export function DossierListButton() {
  const [table] = useState(findOnPage);
  const [busy, setBusy] = useState(false);
  const [msg, setMsg] = useState<{ text: string; bad: boolean } | null>(null);
  if (!table) return null;

  async function take() {
    const now = findOnPage() ?? table!;
    setBusy(true);
    try {
      const r = await send<{ message: string }>({ type: 'dossiers:importTable', headers: now.headers, rows: now.rows });
      setMsg({ text: r.message, bad: false });
    } catch (err) {
      setMsg({ text: err instanceof Error ? err.message : String(err), bad: true });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="dossier-list">
      <p>Trang này có danh sách {table.rows.length} hồ sơ.</p>
      <button class="primary" disabled={busy} onClick={take}>
        Lấy danh sách hồ sơ
      </button>
      {msg && (
        <p class={msg.bad ? 'bad' : 'ok'} role={msg.bad ? 'alert' : 'status'}>
          {msg.text}
        </p>
      )}
    </div>
  );
}
