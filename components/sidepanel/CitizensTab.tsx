import { useEffect, useState } from 'preact/hooks';
import type { Person } from '../../utils/schema';
import { getMeta, setMeta } from '../../utils/store/meta';
import { getPerson, searchPersons } from '../../utils/store/persons';
import { PersonEditor } from './PersonEditor';

function formatDate(iso?: string): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** Officer's list: search by number or by name with or without diacritics; open, edit, make active. */
export function CitizensTab() {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<Person[]>([]);
  const [open, setOpen] = useState<Person | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [active, setActive] = useState<Person | null>(null);

  useEffect(() => {
    void getMeta<string | null>('activePersonId').then((id) => setActiveId(id ?? null));
  }, []);
  useEffect(() => {
    void (activeId ? getPerson(activeId) : Promise.resolve(undefined)).then((p) => setActive(p ?? null));
  }, [activeId]);
  useEffect(() => {
    let stale = false;
    void searchPersons(query, 50).then((r) => !stale && setResults(r));
    return () => {
      stale = true;
    };
  }, [query, open]);

  async function choose(p: Person) {
    await setMeta('activePersonId', p.id);
    setActiveId(p.id);
  }

  if (open) {
    return <PersonEditor person={open} onSaved={(p) => setOpen(p)} onClose={() => setOpen(null)} />;
  }

  return (
    <div>
      <p class="muted" aria-live="polite">
        Công dân đang chọn: <strong>{active ? active.fullName : 'chưa chọn'}</strong>
      </p>
      <label class="field">
        <span>Tìm công dân (số định danh hoặc họ tên, có hoặc không dấu)</span>
        <input type="search" value={query} onInput={(e) => setQuery((e.target as HTMLInputElement).value)} />
      </label>
      <ul class="plain" aria-label="Danh sách công dân">
        {results.map((p) => (
          <li key={p.id} class="person-row">
            <div>
              <strong>{p.fullName}</strong>
              <div class="muted">
                {p.idNumber} · {formatDate(p.dateOfBirth)}
              </div>
            </div>
            <div class="row">
              <button onClick={() => setOpen(p)} aria-label={`Xem ${p.fullName}`}>
                Xem/sửa
              </button>
              <button
                class={p.id === activeId ? 'primary' : ''}
                aria-pressed={p.id === activeId}
                onClick={() => choose(p)}
                aria-label={`Chọn ${p.fullName}`}
              >
                {p.id === activeId ? 'Đang chọn' : 'Chọn'}
              </button>
            </div>
          </li>
        ))}
      </ul>
      {results.length === 0 && <p class="muted">Không có công dân nào khớp. Nhập dữ liệu ở trang Cài đặt.</p>}
    </div>
  );
}
