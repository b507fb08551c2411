import { useEffect, useState } from 'preact/hooks';
import { send } from '../../utils/messaging/client';
import type { PersonSummary } from '../../utils/messaging/protocol';
import type { Person, Role } from '../../utils/schema';
import { ROLE_LABELS } from '../../utils/fill/plan';
import { CapturePanel } from './CapturePanel';
import { DossierListButton } from './DossierListButton';
import { fillPage, readPage, undoFill, type FillReport, type ReportLine } from './fill-session';
import { TeachPanel } from './TeachPanel';
import { GuidePanel } from '../guide/GuidePanel';
import { installGuideRuntime } from '../guide/runtime';

function jump(line: ReportLine) {
  line.el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  line.el?.focus({ preventScroll: true });
}

export function Overlay(props: { onClose: () => void }) {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<PersonSummary[]>([]);
  const [roles, setRoles] = useState<Role[]>(['applicant']);
  const [activeRole, setActiveRole] = useState<Role>('applicant');
  const [chosen, setChosen] = useState<Partial<Record<Role, PersonSummary>>>({});
  const [overwrite, setOverwrite] = useState(false);
  const [report, setReport] = useState<FillReport | null>(null);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const [mode, setMode] = useState<'fill' | 'capture' | 'teach' | 'guide'>('fill');

  useEffect(() => {
    void readPage().then((p) => {
      setRoles(p.roles);
      setActiveRole(p.roles.includes('applicant') ? 'applicant' : p.roles[0]!);
    });
    void send<PersonSummary | null>({ type: 'persons:active' })
      .then((p) => p && setChosen((c) => ({ applicant: p, ...c })))
      .catch(() => undefined);
  }, []);

  useEffect(() => {
    if (!query.trim()) return setResults([]);
    let stale = false;
    const t = setTimeout(() => {
      send<PersonSummary[]>({ type: 'persons:search', query, limit: 8 })
        .then((r) => {
          if (stale) return;
          setResults(r);
          setMessage(r.length ? '' : 'Không tìm thấy công dân nào.');
        })
        .catch((e: Error) => !stale && setMessage(e.message));
    }, 150);
    return () => {
      stale = true;
      clearTimeout(t);
    };
  }, [query]);

  function choose(p: PersonSummary) {
    setChosen((c) => ({ ...c, [activeRole]: p }));
    const next = roles.find((r) => r !== activeRole && !chosen[r]);
    if (next) setActiveRole(next);
  }

  async function fill() {
    setBusy(true);
    setMessage('');
    try {
      const people: Partial<Record<Role, Person>> = {};
      for (const [role, summary] of Object.entries(chosen) as [Role, PersonSummary][]) {
        people[role] = await send<Person>({ type: 'persons:get', id: summary.id });
      }
      if (!Object.keys(people).length) throw new Error('Hãy chọn công dân trước khi điền.');
      setReport(await fillPage(people, overwrite));
    } catch (e) {
      setMessage((e as Error).message);
    } finally {
      setBusy(false);
    }
  }

  function undo() {
    if (!report) return;
    void undoFill(report.undo);
    setReport(null);
    setMessage('Đã hoàn tác lần điền.');
  }

  return (
    <div class="panel" role="dialog" aria-label="Trợ lý Một cửa">
      <h2>
        Trợ lý Một cửa
        <button class="close" aria-label="Đóng" onClick={props.onClose}>
          ×
        </button>
      </h2>
      <div class="row" role="tablist">
        <button role="tab" aria-selected={mode === 'fill'} class={mode === 'fill' ? 'chosen' : ''} onClick={() => setMode('fill')}>
          Điền
        </button>
        <button role="tab" aria-selected={mode === 'capture'} class={mode === 'capture' ? 'chosen' : ''} onClick={() => setMode('capture')}>
          Lấy dữ liệu từ trang
        </button>
        <button role="tab" aria-selected={mode === 'teach'} class={mode === 'teach' ? 'chosen' : ''} onClick={() => setMode('teach')}>
          Dạy trường này
        </button>
        <button role="tab" aria-selected={mode === 'guide'} class={mode === 'guide' ? 'chosen' : ''} onClick={() => setMode('guide')}>
          Hướng dẫn
        </button>
      </div>
      <DossierListButton />
      {mode === 'capture' && <CapturePanel roles={roles} />}
      {mode === 'teach' && <TeachPanel />}
      {mode === 'guide' && <GuidePanel />}
      {mode === 'fill' && (
        <>
          {roles.length > 1 && (
            <>
              <label for="troly-role">Vai trò đang chọn</label>
              <select id="troly-role" value={activeRole} onChange={(e) => setActiveRole((e.target as HTMLSelectElement).value as Role)}>
                {roles.map((r) => (
                  <option value={r} key={r}>
                    {ROLE_LABELS[r]}
                    {chosen[r] ? ` — ${chosen[r]!.fullName}` : ''}
                  </option>
                ))}
              </select>
            </>
          )}
          <label for="troly-search">Tìm công dân</label>
          <input
            id="troly-search"
            type="search"
            placeholder="Số định danh hoặc họ tên không dấu"
            value={query}
            onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
          />
          <ul aria-label="Kết quả tìm kiếm">
            {results.map((p) => (
              <li key={p.id}>
                <button class={chosen[activeRole]?.id === p.id ? 'chosen' : ''} onClick={() => choose(p)}>
                  {p.fullName}
                </button>
                <span class="muted"> {p.idNumber}</span>
              </li>
            ))}
          </ul>
          <ul aria-label="Công dân theo vai trò" class="muted">
            {roles.map((r) => (
              <li key={r}>
                {ROLE_LABELS[r]}: <strong>{chosen[r]?.fullName ?? 'chưa chọn'}</strong>
              </li>
            ))}
          </ul>
          <label class="row">
            <input type="checkbox" checked={overwrite} onChange={(e) => setOverwrite((e.target as HTMLInputElement).checked)} /> Ghi đè ô đã có dữ liệu
          </label>
          <div class="row">
            <button class="primary" disabled={busy} onClick={fill}>
              Điền tự động
            </button>
            {report && <button onClick={undo}>Hoàn tác</button>}
            {report && report.filled > 0 && (
              <button
                onClick={() => {
                  // The citizen reviews each filled field, ending on the portal's submit button.
                  installGuideRuntime().walkFilled([...new Set(report.undo.map((u) => u.el))].map((element) => ({ element })));
                  props.onClose();
                }}
              >
                Hướng dẫn công dân
              </button>
            )}
          </div>
          {message && (
            <p class="bad" role="alert">
              {message}
            </p>
          )}
          {report && (
            <div aria-live="polite">
              <p class={`status ${report.filled === report.total ? 'ok' : 'warn'}`}>
                Đã điền {report.filled}/{report.total} trường
              </p>
              {report.missingRequired.length > 0 && (
                <>
                  <p class="muted">Trường bắt buộc còn trống:</p>
                  <ul>
                    {report.missingRequired.map((l, i) => (
                      <li key={i}>
                        <button class="link" onClick={() => jump(l)}>
                          {l.text}
                        </button>
                      </li>
                    ))}
                  </ul>
                </>
              )}
              {report.failures.length > 0 && (
                <>
                  <p class="muted">Chưa điền được:</p>
                  <ul>
                    {report.failures.map((l, i) => (
                      <li key={i}>
                        <button class="link" onClick={() => jump(l)}>
                          {l.text}
                        </button>
                        {l.choices?.map((c) => (
                          <button key={c.text} onClick={() => (c.pick(), jump(l))}>
                            Chọn {c.text}
                          </button>
                        ))}
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </div>
          )}
        </>
      )}
    </div>
  );
}
