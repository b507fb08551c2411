import { useEffect, useRef, useState } from 'preact/hooks';
import { filesToInputs, onPendingPaper, readPapers as realReadPapers, takePendingPaper, checkFiles } from '../../utils/ocr/client';
import type { PaperInput, PaperRead, ReadPapers } from '../../utils/ocr/contract';
import { groupReads } from '../../utils/ocr/review';
import { DraftCard } from './DraftCard';
import './ocr.css';

const STAGE_LABEL = { decode: 'Đang mở tệp', qr: 'Đang tìm mã QR', ocr: 'Đang đọc chữ', fields: 'Đang tách các trường', done: 'Xong trang' } as const;

/**
 * "Đọc giấy tờ": images and PDFs by picker, drag and drop or paste (or the right-click menu on a portal
 * image), read on this machine, then reviewed field by field before anything is saved.
 */
export function ReadPapersTab(props: { readPapers?: ReadPapers }) {
  const read = props.readPapers ?? realReadPapers;
  const [reading, setReading] = useState<{ fraction: number; text: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reads, setReads] = useState<PaperRead[] | null>(null);
  const [over, setOver] = useState(false);
  const controller = useRef<AbortController | null>(null);
  const picker = useRef<HTMLInputElement>(null);

  async function start(files: PaperInput[]) {
    if (controller.current) return;
    const problem = checkFiles(files);
    if (problem) {
      setError(problem);
      return;
    }
    setError(null);
    setReads(null);
    const ctrl = new AbortController();
    controller.current = ctrl;
    setReading({ fraction: 0, text: 'Đang chuẩn bị bộ đọc…' });
    try {
      const out = await read(files, {
        signal: ctrl.signal,
        onProgress: (p) => setReading({ fraction: p.fraction, text: `${STAGE_LABEL[p.stage]} ${p.index + 1}/${p.total}` }),
      });
      setReads(out);
    } catch (err) {
      const cancelled = err instanceof DOMException && err.name === 'AbortError';
      setError(cancelled ? 'Đã huỷ. Chưa có gì được lưu.' : err instanceof Error ? err.message : 'Đọc giấy tờ không thành công.');
    } finally {
      controller.current = null;
      setReading(null);
    }
  }

  const startFromList = async (list: FileList | File[] | null | undefined) => {
    if (list && list.length) await start(await filesToInputs(Array.from(list)));
  };

  // An image sent with the right-click "Đọc bằng OCR": now, or whenever another one arrives.
  useEffect(() => {
    const take = () =>
      void takePendingPaper().then(
        (p) => p && void start([p]),
        (err: unknown) => setError(err instanceof Error ? err.message : String(err)),
      );
    take();
    return onPendingPaper(take);
  }, []);

  useEffect(() => {
    const onPaste = (e: ClipboardEvent) => {
      const files = Array.from(e.clipboardData?.files ?? []);
      if (!files.length) return;
      e.preventDefault();
      void startFromList(files);
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, []);

  const batch = reads ? groupReads(reads) : null;

  return (
    <div>
      <div
        class={`ocr-drop${over ? ' over' : ''}`}
        aria-label="Vùng thả giấy tờ"
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          void startFromList(e.dataTransfer?.files);
        }}
      >
        <p style={{ margin: '0 0 8px' }}>Kéo thả ảnh hoặc PDF giấy tờ vào đây, dán ảnh (Ctrl+V), hoặc</p>
        <button type="button" class="primary" onClick={() => picker.current?.click()} disabled={Boolean(reading)}>
          Chọn tệp
        </button>
        <input
          ref={picker}
          type="file"
          aria-label="Chọn tệp giấy tờ"
          accept="image/jpeg,image/png,image/webp,application/pdf"
          multiple
          hidden
          onChange={(e) => {
            const input = e.target as HTMLInputElement;
            void startFromList(input.files).finally(() => (input.value = ''));
          }}
        />
        <p class="muted" style={{ margin: '8px 0 0' }}>
          Căn cước, CMND, giấy khai sinh; JPEG, PNG, WebP hoặc PDF (mọi trang). Ảnh được đọc ngay trên máy này, không gửi đi đâu.
        </p>
      </div>
      {reading && (
        <div style={{ margin: '12px 0' }}>
          <progress class="ocr-progress" max={100} value={Math.round(reading.fraction * 100)} aria-label="Tiến độ đọc giấy tờ" />
          <div class="row" style={{ justifyContent: 'space-between' }}>
            <span class="muted" aria-live="polite">{reading.text}</span>
            <button type="button" onClick={() => controller.current?.abort()}>
              Huỷ
            </button>
          </div>
        </div>
      )}
      {error && (
        <div role="alert" class="status error">
          {error}
        </div>
      )}
      {batch && (
        <section aria-label="Kết quả đọc giấy tờ">
          <p aria-live="polite">
            Đã đọc {reads!.length} trang: {batch.drafts.length} công dân
            {batch.failures.length ? `, ${batch.failures.length} trang không đọc được` : ''}. Hãy kiểm tra từng trường (ô tô vàng cần xem lại) rồi lưu.
          </p>
          {batch.failures.map((f) => (
            <p class="status error" key={f.read}>
              {f.file}
              {f.page ? ` (trang ${f.page})` : ''}: {f.error}
            </p>
          ))}
          {batch.drafts.map((d) => (
            <DraftCard key={`${d.key}-${d.reads.join(',')}`} draft={d} reads={reads!} />
          ))}
        </section>
      )}
    </div>
  );
}
