import { useState } from 'preact/hooks';
import { parsePersonsFile, type RejectedRow } from '../../utils/import/persons';
import { logAudit } from '../../utils/store/audit';
import { errorMessage } from '../../utils/store/errors';
import { upsertPersons } from '../../utils/store/persons';

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; text: string; rejected: RejectedRow[]; error: boolean };

/** "Nhập dữ liệu công dân": JSON (array or own export) or CSV with canonical headers. */
export function ImportPersons(props: { onImported?: () => void }) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  async function onFile(e: Event) {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setStatus({ kind: 'busy' });
    const parsed = parsePersonsFile(file.name, new Uint8Array(await file.arrayBuffer()));
    input.value = '';
    if (parsed.fatal) {
      setStatus({ kind: 'done', text: `Không nhập được tệp "${file.name}": ${parsed.fatal}`, rejected: [], error: true });
      return;
    }
    try {
      const res = parsed.valid.length ? await upsertPersons(parsed.valid, { journal: 'import' }) : { created: 0, updated: 0, ids: [] };
      await logAudit({ action: 'import', recordIds: [], count: res.ids.length });
      const parts = [`Đã nhập ${res.ids.length} công dân (${res.created} mới, ${res.updated} cập nhật).`];
      if (parsed.rejected.length) parts.push(`Bỏ qua ${parsed.rejected.length} dòng lỗi:`);
      setStatus({ kind: 'done', text: parts.join(' '), rejected: parsed.rejected, error: parsed.valid.length === 0 });
      props.onImported?.();
    } catch (err) {
      setStatus({
        kind: 'done',
        text: `Không nhập được: ${errorMessage(err)} Dữ liệu cũ không thay đổi.`,
        rejected: [],
        error: true,
      });
    }
  }

  return (
    <section class="card">
      <h2>Nhập dữ liệu công dân</h2>
      <p class="muted">
        Tệp JSON (danh sách công dân hoặc tệp xuất của Trợ lý Một cửa) hoặc CSV mã UTF-8, dòng đầu là tên trường chuẩn:
        idNumber, fullName, dateOfBirth (yyyy-mm-dd), sex (male/female), …
      </p>
      <label class="field">
        <span>Nhập dữ liệu công dân</span>
        <input type="file" accept=".json,.csv,application/json,text/csv" onChange={onFile} disabled={status.kind === 'busy'} />
      </label>
      <div role="status" aria-live="polite" class={`status ${status.kind === 'done' ? (status.error ? 'error' : 'ok') : ''}`}>
        {status.kind === 'busy' && 'Đang nhập… Đừng đóng trang này cho đến khi có kết quả (nếu bị đóng, lần nhập không ghi gì và sẽ được báo khi mở lại).'}
        {status.kind === 'done' && status.text}
        {status.kind === 'done' && status.rejected.length > 0 && (
          <ul>
            {status.rejected.map((r) => (
              <li key={r.line}>
                Dòng {r.line}: {r.reason}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
