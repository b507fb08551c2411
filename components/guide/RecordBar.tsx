import type { Step } from '../../utils/guide/schema';

export interface RecordBarProps {
  title: string;
  steps: Step[];
  busy: boolean;
  message: string;
  onNote: (id: string, note: string) => void;
  onRemove: (id: string) => void;
  onStop: (save: boolean) => void;
}

/** The officer's recording bar: every recorded step with an editable note, then save or discard. */
export function RecordBar(p: RecordBarProps) {
  return (
    <div class="guide-bubble guide-recbar" role="region" aria-label="Đang ghi hướng dẫn" style={{ right: 16, top: 16 }}>
      <p class="guide-progress">
        ● Đang ghi hướng dẫn “{p.title}” — {p.steps.length} bước
      </p>
      <ol class="guide-steps">
        {p.steps.map((s) => (
          <li key={s.id}>
            <strong>{s.title}</strong>
            {s.screenshot && <span class="guide-muted"> (có ảnh, đã che thông tin cá nhân)</span>}
            <textarea
              aria-label={`Ghi chú cho bước: ${s.title}`}
              value={s.note}
              rows={2}
              onInput={(e) => p.onNote(s.id, (e.target as HTMLTextAreaElement).value)}
            />
            <button onClick={() => p.onRemove(s.id)}>Xoá bước</button>
          </li>
        ))}
      </ol>
      {p.message && <p class="guide-warn">{p.message}</p>}
      <div class="guide-row">
        <button class="primary" disabled={p.busy} onClick={() => p.onStop(true)}>
          Dừng và lưu
        </button>
        <button onClick={() => p.onStop(false)}>Huỷ bản ghi</button>
      </div>
    </div>
  );
}
