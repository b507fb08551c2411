import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Guide } from '../../utils/guide/schema';
import { send } from '../../utils/messaging/client';

/** Host name of a step's page, so the leaflet says where to go without printing long addresses. */
function site(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

function Leaflet() {
  const params = new URLSearchParams(location.search);
  const id = params.get('id') ?? '';
  const [guide, setGuide] = useState<Guide | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    send<Guide>({ type: 'guides:get', id })
      .then((g) => {
        setGuide(g);
        document.title = `${g.title} — Tờ hướng dẫn`;
      })
      .catch((e: Error) => setError(e.message));
  }, []);

  // Open the print dialog once the screenshots have loaded (?noprint for previews and tests).
  useEffect(() => {
    if (!guide || params.has('noprint')) return;
    const imgs = [...document.images];
    void Promise.all(imgs.map((i) => (i.complete ? null : new Promise((r) => i.addEventListener('load', r, { once: true }))))).then(() => window.print());
  }, [guide]);

  if (error) return <p class="error" role="alert">{error}</p>;
  if (!guide) return <p>Đang tải…</p>;
  const hosts = [...new Set(guide.steps.map((s) => site(s.url)))];
  return (
    <article>
      <div class="actions">
        <button onClick={() => window.print()}>In tờ hướng dẫn</button>
      </div>
      <h1>{guide.title}</h1>
      <p class="sub">
        Làm lần lượt {guide.steps.length} bước dưới đây trên {hosts.join(', ')}. Thông tin cá nhân trong ảnh đã được che.
      </p>
      <ol class="steps">
        {guide.steps.map((s, n) => (
          <li key={s.id} data-step={n + 1}>
            <span class="num">{n + 1}</span>
            <span class="step-title">{s.title}</span>
            {s.note && <p class="step-note">{s.note}</p>}
            {n > 0 && site(s.url) !== site(guide.steps[n - 1]!.url) && <p class="step-url">Trang: {site(s.url)}</p>}
            {s.screenshot && <img src={s.screenshot} alt={`Ảnh bước ${n + 1}`} />}
          </li>
        ))}
      </ol>
    </article>
  );
}

render(<Leaflet />, document.getElementById('app')!);
