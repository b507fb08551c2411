import { useState } from 'preact/hooks';
import { createBackup, restoreBackup } from '../../utils/backup/backup';
import { logAudit } from '../../utils/store/audit';
import { errorMessage } from '../../utils/store/errors';
import { downloadText } from '../ui/download';

export function BackupRestore() {
  const [msg, setMsg] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  async function backup(e: Event) {
    e.preventDefault();
    const pass = String(new FormData(e.currentTarget as HTMLFormElement).get('pass') ?? '');
    setBusy(true);
    try {
      const file = await createBackup(pass);
      downloadText(`sao-luu-tro-ly-mot-cua-${new Date().toISOString().slice(0, 10)}.json`, file, 'application/json');
      await logAudit({ action: 'export', recordIds: [], origin: 'backup' });
      setMsg({ text: 'Đã tạo bản sao lưu đã mã hoá. Hãy cất tệp ở nơi an toàn và nhớ mật khẩu sao lưu.', error: false });
    } catch (err) {
      setMsg({ text: errorMessage(err), error: true });
    } finally {
      setBusy(false);
    }
  }

  async function restore(e: Event) {
    e.preventDefault();
    const form = new FormData(e.currentTarget as HTMLFormElement);
    const file = form.get('file');
    if (!(file instanceof File) || file.size === 0) return setMsg({ text: 'Hãy chọn tệp sao lưu.', error: true });
    setBusy(true);
    try {
      const r = await restoreBackup(new Uint8Array(await file.arrayBuffer()), String(form.get('pass') ?? ''));
      if (r.ok) await logAudit({ action: 'restore', recordIds: [], count: r.persons });
      setMsg(
        !r.ok
          ? { text: r.error, error: true }
          : r.warning
            ? { text: r.warning, error: true }
            : { text: `Đã khôi phục ${r.persons} công dân, ${r.dossiers} hồ sơ và ${r.recipes} mẫu trang.`, error: false },
      );
    } catch (err) {
      setMsg({ text: errorMessage(err), error: true });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="card">
      <h2>Sao lưu và khôi phục</h2>
      <form class="row" onSubmit={backup}>
        <label class="field" style={{ flex: 1 }}>
          <span>Mật khẩu sao lưu (ít nhất 8 ký tự)</span>
          <input type="password" name="pass" autocomplete="new-password" required />
        </label>
        <button type="submit" disabled={busy}>
          Tạo bản sao lưu
        </button>
      </form>
      <form class="row" onSubmit={restore}>
        <label class="field">
          <span>Tệp sao lưu</span>
          <input type="file" name="file" accept=".json,application/json" />
        </label>
        <label class="field">
          <span>Mật khẩu của tệp sao lưu</span>
          <input type="password" name="pass" autocomplete="off" />
        </label>
        <button type="submit" disabled={busy}>
          Khôi phục
        </button>
      </form>
      {msg && (
        <div role="status" class={`status ${msg.error ? 'error' : 'ok'}`}>
          {msg.text}
        </div>
      )}
    </section>
  );
}
