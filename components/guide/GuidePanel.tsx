import { useEffect, useState } from 'preact/hooks';
import type { Guide } from '../../utils/guide/schema';
import { send } from '../../utils/messaging/client';
import { installGuideRuntime } from './runtime';

interface GuideSummary {
  id: string;
  title: string;
  steps: number;
  updatedAt: string;
}

// The overlay bundle is what the background re-injects after a navigation: the runtime must be there to resume.
installGuideRuntime();

/** Officer's guide tools in the overlay: record, replay, print, export and import. */
export function GuidePanel() {
  const [title, setTitle] = useState('');
  const [shots, setShots] = useState(true);
  const [list, setList] = useState<GuideSummary[]>([]);
  const [message, setMessage] = useState('');
  const refresh = () =>
    send<GuideSummary[]>({ type: 'guides:list' })
      .then(setList)
      .catch((e: Error) => setMessage(e.message));
  useEffect(() => void refresh(), []);

  const act = (job: () => Promise<unknown>) => job().catch((e: Error) => setMessage(e.message));

  const record = () =>
    act(async () => {
      await installGuideRuntime().startRecording(title || 'Hướng dẫn mới', { screenshots: shots });
      setMessage('Đang ghi: mỗi lần bấm hoặc vào một ô sẽ thành một bước.');
    });

  const replay = (id: string) =>
    act(async () => installGuideRuntime().replay(await send<Guide>({ type: 'guides:get', id })));

  const exportAll = () =>
    act(async () => {
      const text = await send<string>({ type: 'guides:export' });
      const a = document.createElement('a');
      a.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      a.download = `huong-dan-${new Date().toISOString().slice(0, 10)}.json`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(a.href), 5000);
    });

  const importFile = (file: File | undefined) =>
    file &&
    act(async () => {
      const r = await send<{ count: number }>({ type: 'guides:import', text: await file.text() });
      setMessage(`Đã nhập ${r.count} hướng dẫn.`);
      await refresh();
    });

  return (
    <div>
      <label for="troly-guide-title">Tên hướng dẫn</label>
      <input id="troly-guide-title" value={title} placeholder="Ví dụ: Đăng ký khai sinh trực tuyến" onInput={(e) => setTitle((e.target as HTMLInputElement).value)} />
      <label class="row">
        <input type="checkbox" checked={shots} onChange={(e) => setShots((e.target as HTMLInputElement).checked)} /> Chụp ảnh mỗi bước (thông tin cá nhân được che)
      </label>
      <div class="row">
        <button class="primary" onClick={record}>
          Ghi hướng dẫn
        </button>
        <button onClick={exportAll}>Xuất tệp</button>
        <label class="row">
          Nhập tệp <input type="file" accept=".json,application/json" aria-label="Nhập tệp hướng dẫn" onChange={(e) => importFile((e.target as HTMLInputElement).files?.[0])} />
        </label>
      </div>
      {message && <p role="status">{message}</p>}
      <ul aria-label="Hướng dẫn đã lưu">
        {list.map((g) => (
          <li key={g.id}>
            <strong>{g.title}</strong> <span class="muted">({g.steps} bước)</span>{' '}
            <button onClick={() => replay(g.id)}>Phát lại</button>{' '}
            <button onClick={() => act(() => send({ type: 'guides:print', id: g.id }))}>In tờ hướng dẫn</button>
          </li>
        ))}
      </ul>
      {!list.length && <p class="muted">Chưa có hướng dẫn nào.</p>}
    </div>
  );
}
