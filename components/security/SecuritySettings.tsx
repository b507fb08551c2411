import { useEffect, useState } from 'preact/hooks';
import { passphraseProblem } from '../../utils/crypto/envelope';
import { changePassphrase } from '../../utils/crypto/session';
import type { Settings } from '../../utils/schema';
import { errorMessage } from '../../utils/store/errors';
import { getSettings, saveSettings } from '../../utils/store/settings';

type Msg = { text: string; error: boolean } | null;

/** Auto-lock, retention and draft periods, and changing the passphrase (only the key wrapping changes). */
export function SecuritySettings() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [msg, setMsg] = useState<Msg>(null);
  const [passMsg, setPassMsg] = useState<Msg>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => void getSettings().then(setSettings), []);

  async function save(e: Event) {
    e.preventDefault();
    const f = new FormData(e.currentTarget as HTMLFormElement);
    const num = (k: string) => Number(f.get(k));
    try {
      const next = await saveSettings({ autoLockMinutes: num('autoLockMinutes'), retentionDays: num('retentionDays'), draftExpiryDays: num('draftExpiryDays') });
      setSettings(next);
      setMsg({ text: 'Đã lưu cài đặt bảo vệ dữ liệu.', error: false });
    } catch (err) {
      const issues = (err as { issues?: unknown[] }).issues;
      setMsg({ text: issues ? 'Giá trị không hợp lệ: khóa sau 1–1440 phút, lưu giữ 1–3650 ngày, bản nháp 1–90 ngày.' : errorMessage(err), error: true });
    }
  }

  async function change(e: Event) {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const f = new FormData(form);
    const [old, next, repeat] = ['old', 'next', 'repeat'].map((k) => String(f.get(k) ?? ''));
    const problem = passphraseProblem(next!, repeat!);
    if (problem) return setPassMsg({ text: problem, error: true });
    setBusy(true);
    try {
      await changePassphrase(old!, next!);
      form.reset();
      setPassMsg({ text: 'Đã đổi mật khẩu. Dữ liệu không cần mã hoá lại; các bản sao lưu cũ vẫn dùng mật khẩu sao lưu của chúng.', error: false });
    } catch (err) {
      setPassMsg({ text: errorMessage(err), error: true });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="card">
      <h2>Bảo vệ dữ liệu</h2>
      {settings && (
        <form class="row" onSubmit={save} aria-label="Cài đặt bảo vệ dữ liệu">
          <label class="field">
            <span>Tự khóa sau (phút không thao tác)</span>
            <input type="number" name="autoLockMinutes" min={1} max={1440} required value={settings.autoLockMinutes} />
          </label>
          <label class="field">
            <span>Xoá công dân không dùng đến sau (ngày)</span>
            <input type="number" name="retentionDays" min={1} max={3650} required value={settings.retentionDays} />
          </label>
          <label class="field">
            <span>Giữ bản nháp biểu mẫu (ngày)</span>
            <input type="number" name="draftExpiryDays" min={1} max={90} required value={settings.draftExpiryDays} />
          </label>
          <button type="submit">Lưu cài đặt</button>
        </form>
      )}
      <p class="muted">Trước khi xoá công dân lâu không dùng, Trợ lý Một cửa báo trước 7 ngày để bạn giữ lại nếu còn cần.</p>
      {msg && (
        <div role="status" class={`status ${msg.error ? 'error' : 'ok'}`}>
          {msg.text}
        </div>
      )}
      <h3>Đổi mật khẩu</h3>
      <p class="muted">Không có cách lấy lại mật khẩu đã quên: khi đó chỉ có thể khôi phục từ bản sao lưu.</p>
      <form class="row" onSubmit={change} aria-label="Đổi mật khẩu">
        <label class="field">
          <span>Mật khẩu hiện tại</span>
          <input type="password" name="old" autocomplete="current-password" required />
        </label>
        <label class="field">
          <span>Mật khẩu mới</span>
          <input type="password" name="next" autocomplete="new-password" required />
        </label>
        <label class="field">
          <span>Nhập lại mật khẩu mới</span>
          <input type="password" name="repeat" autocomplete="new-password" required />
        </label>
        <button type="submit" disabled={busy}>
          Đổi mật khẩu
        </button>
      </form>
      {passMsg && (
        <div role="status" class={`status ${passMsg.error ? 'error' : 'ok'}`}>
          {passMsg.text}
        </div>
      )}
    </section>
  );
}
