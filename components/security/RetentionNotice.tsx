import { useEffect, useState } from 'preact/hooks';
import { expiringSoon } from '../../utils/retention/purge';
import { errorMessage } from '../../utils/store/errors';
import { getPerson, touchPerson } from '../../utils/store/persons';

type Row = { id: string; name: string; daysLeft: number };

/** The warning before a retention purge: who goes, when, and a button to keep a record that is still needed. */
export function RetentionNotice() {
  const [rows, setRows] = useState<Row[]>([]);
  const [error, setError] = useState('');
  async function load() {
    const soon = await expiringSoon();
    const out: Row[] = [];
    for (const s of soon) {
      const p = await getPerson(s.id).catch(() => undefined);
      if (p) out.push({ id: s.id, name: p.fullName, daysLeft: s.daysLeft });
    }
    setRows(out.sort((a, b) => a.daysLeft - b.daysLeft));
  }
  useEffect(() => void load().catch((err: unknown) => setError(errorMessage(err))), []);
  async function keep(id: string) {
    try {
      await touchPerson(id);
      await load();
    } catch (err) {
      setError(errorMessage(err));
    }
  }
  if (!rows.length && !error) return null;
  return (
    <section class="card" aria-label="Sắp xoá do hết thời hạn lưu giữ">
      <h2>Sắp xoá do lâu không dùng</h2>
      <p>{rows.length} công dân sẽ bị xoá khỏi máy này khi hết thời hạn lưu giữ. Bấm "Giữ lại" nếu còn cần.</p>
      <ul>
        {rows.map((r) => (
          <li key={r.id}>
            {r.name} — còn {r.daysLeft} ngày{' '}
            <button type="button" onClick={() => void keep(r.id)}>
              Giữ lại
            </button>
          </li>
        ))}
      </ul>
      {error && (
        <div role="alert" class="status error">
          {error}
        </div>
      )}
    </section>
  );
}
