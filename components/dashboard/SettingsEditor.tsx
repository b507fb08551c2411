import { useEffect, useState } from 'preact/hooks';
import { SettingsRepo, type DeadlineSettings } from '../../utils/dossier/db';
import { requestDeadlineRefresh } from '../../utils/dossier/refresh';

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Office hours, the officer/unit written on new dossiers, and alert thresholds. */
export function SettingsEditor() {
  const repo = new SettingsRepo();
  const [s, setS] = useState<DeadlineSettings | null>(null);
  const [msg, setMsg] = useState<{ text: string; error?: boolean } | null>(null);
  useEffect(() => void repo.get().then(setS), []);
  if (!s) return <p class="muted">Đang tải…</p>;
  const hours = [...s.officeHours.morning, ...s.officeHours.afternoon];
  const setHour = (i: number, v: string) => {
    const h = [...hours];
    h[i] = v;
    setS({ ...s, officeHours: { morning: [h[0]!, h[1]!], afternoon: [h[2]!, h[3]!] } });
  };

  async function save(e: Event) {
    e.preventDefault();
    if (!s) return;
    const h = [...s.officeHours.morning, ...s.officeHours.afternoon];
    if (!h.every((x) => HHMM.test(x)) || !(h[0]! < h[1]! && h[1]! <= h[2]! && h[2]! < h[3]!)) {
      return setMsg({ text: 'Giờ làm việc phải dạng HH:MM và theo thứ tự sáng bắt đầu < sáng kết thúc ≤ chiều bắt đầu < chiều kết thúc.', error: true });
    }
    await repo.set(s);
    requestDeadlineRefresh();
    setMsg({ text: 'Đã lưu cài đặt.' });
  }

  const labels = ['Sáng từ', 'Sáng đến', 'Chiều từ', 'Chiều đến'];
  return (
    <form onSubmit={save}>
      <div class="row">
        {labels.map((l, i) => (
          <label class="field" key={l}>
            <span>{l}</span>
            <input type="text" size={5} value={hours[i]} onInput={(e) => setHour(i, e.currentTarget.value)} />
          </label>
        ))}
      </div>
      <div class="row">
        <label class="field">
          <span>Cán bộ (ghi vào hồ sơ mới, lọc cảnh báo)</span>
          <input type="text" value={s.officer ?? ''} onInput={(e) => setS({ ...s, officer: e.currentTarget.value.trim() || undefined })} />
        </label>
        <label class="field">
          <span>Đơn vị</span>
          <input type="text" value={s.unit ?? ''} onInput={(e) => setS({ ...s, unit: e.currentTarget.value.trim() || undefined })} />
        </label>
      </div>
      <fieldset>
        <legend>Thông báo</legend>
        {[2, 1, 0].map((n) => (
          <label key={n} class="row">
            <input
              type="checkbox"
              checked={s.alertDaysBefore.includes(n)}
              onChange={(e) => setS({ ...s, alertDaysBefore: e.currentTarget.checked ? [...s.alertDaysBefore, n] : s.alertDaysBefore.filter((x) => x !== n) })}
            />
            {n === 0 ? 'Vào ngày hẹn trả' : `Trước ${n} ngày làm việc`}
          </label>
        ))}
        <label class="row">
          <input type="checkbox" checked={s.alertOverdue} onChange={(e) => setS({ ...s, alertOverdue: e.currentTarget.checked })} />
          Khi hồ sơ quá hạn
        </label>
      </fieldset>
      <button class="primary" type="submit">
        Lưu cài đặt
      </button>
      {msg && <p class={`status ${msg.error ? 'error' : 'ok'}`}>{msg.text}</p>}
    </form>
  );
}
