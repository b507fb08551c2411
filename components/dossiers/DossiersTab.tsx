import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { WorkingCalendar } from '../../utils/deadline/calendar';
import type { DueResult } from '../../utils/deadline/due';
import { dossierStatus } from '../../utils/deadline/status';
import { DecisionRepo, DossierRepo, ProcedureRepo, SettingsRepo, type DeadlineSettings } from '../../utils/dossier/db';
import { CHANNEL_LABELS, fromLocalInput, showDateTime, STATUS_VI, toLocalInput } from '../../utils/dossier/labels';
import { describeProcessingTime, dueForProcedure } from '../../utils/dossier/procedures';
import { requestDeadlineRefresh } from '../../utils/dossier/refresh';
import type { Dossier, Person, Procedure } from '../../utils/schema';
import { getMeta } from '../../utils/store/meta';
import { getPerson } from '../../utils/store/persons';

type Channel = NonNullable<Dossier['channel']>;

/** "Hồ sơ" tab: create a dossier for the active citizen, see its due date and why, list and resolve open ones. */
export function DossiersTab() {
  const repo = useMemo(() => new DossierRepo(), []);
  const [person, setPerson] = useState<Person | null>(null);
  const [procedures, setProcedures] = useState<Procedure[]>([]);
  const [calendar, setCalendar] = useState<WorkingCalendar | null>(null);
  const [settings, setSettings] = useState<DeadlineSettings | null>(null);
  const [procCode, setProcCode] = useState('');
  const [code, setCode] = useState('');
  const [received, setReceived] = useState(toLocalInput(Date.now()));
  const [channel, setChannel] = useState<Channel>('inPerson');
  const [open, setOpen] = useState<Dossier[]>([]);
  const [msg, setMsg] = useState<{ text: string; error?: boolean } | null>(null);

  async function reload() {
    const list = await repo.openDossiers();
    setOpen(list.sort((a, b) => (a.dueAt ?? '~').localeCompare(b.dueAt ?? '~')));
  }

  useEffect(() => {
    void (async () => {
      const id = await getMeta<string | null>('activePersonId');
      setPerson((id && (await getPerson(id).catch(() => undefined))) || null);
      const procs = await new ProcedureRepo().list();
      setProcedures(procs);
      setProcCode((c) => c || procs[0]?.code || '');
      setCalendar(await new DecisionRepo().calendar());
      setSettings(await new SettingsRepo().get());
      await reload();
    })().catch((e) => setMsg({ text: String(e instanceof Error ? e.message : e), error: true }));
  }, []);

  const proc = procedures.find((p) => p.code === procCode);
  const receivedAt = fromLocalInput(received);
  let due: DueResult | undefined;
  let dueError = '';
  if (proc && calendar && receivedAt) {
    try {
      due = dueForProcedure(proc, receivedAt, calendar, settings?.officeHours);
    } catch (e) {
      dueError = e instanceof Error ? e.message : String(e);
    }
  }

  async function create(e: Event) {
    e.preventDefault();
    if (!proc || !receivedAt || !due) return setMsg({ text: 'Hãy chọn thủ tục và thời điểm tiếp nhận.', error: true });
    const c = code.trim();
    if (!c) return setMsg({ text: 'Hãy nhập mã hồ sơ (số biên nhận).', error: true });
    if (await repo.get(c)) return setMsg({ text: `Mã hồ sơ ${c} đã có.`, error: true });
    const d: Dossier = {
      code: c,
      procedureCode: proc.code,
      procedureName: proc.name,
      applicantName: person?.fullName,
      applicantIdNumber: person?.idNumber,
      personId: person?.id,
      receivedAt,
      dueAt: due.due,
      channel,
      officer: settings?.officer,
      unit: settings?.unit,
    };
    await repo.put(d);
    requestDeadlineRefresh();
    setCode('');
    setMsg({ text: `Đã tạo hồ sơ ${c}, hẹn trả ${showDateTime(due.due)}.` });
    await reload();
  }

  async function resolve(d: Dossier) {
    await repo.resolve(d.code);
    requestDeadlineRefresh();
    setMsg({ text: `Đã ghi nhận trả kết quả hồ sơ ${d.code}.` });
    await reload();
  }

  const now = Date.now();
  return (
    <div>
      <section class="card">
        <h2>Tạo hồ sơ</h2>
        <p class="muted">{person ? `Công dân: ${person.fullName} (${person.idNumber})` : 'Chưa chọn công dân (chọn ở tab Công dân); vẫn có thể tạo hồ sơ.'}</p>
        <form onSubmit={create}>
          <label class="field">
            <span>Thủ tục</span>
            <select value={procCode} onChange={(e) => setProcCode(e.currentTarget.value)}>
              {procedures.map((p) => (
                <option key={p.code} value={p.code}>
                  {p.name} — {describeProcessingTime(p)}
                </option>
              ))}
            </select>
          </label>
          <label class="field">
            <span>Mã hồ sơ (số biên nhận)</span>
            <input type="text" value={code} onInput={(e) => setCode(e.currentTarget.value)} />
          </label>
          <label class="field">
            <span>Thời điểm tiếp nhận</span>
            <input type="datetime-local" value={received} onInput={(e) => setReceived(e.currentTarget.value)} />
          </label>
          <label class="field">
            <span>Hình thức nộp</span>
            <select value={channel} onChange={(e) => setChannel(e.currentTarget.value as Channel)}>
              {(Object.keys(CHANNEL_LABELS) as Channel[]).map((k) => (
                <option key={k} value={k}>
                  {CHANNEL_LABELS[k]}
                </option>
              ))}
            </select>
          </label>
          {due && (
            <p>
              <strong>Hẹn trả: {showDateTime(due.due)}</strong>
              <br />
              <span class="muted">{due.explanation}</span>
            </p>
          )}
          {dueError && <p class="status error">{dueError}</p>}
          <button class="primary" type="submit" disabled={!due}>
            Tạo hồ sơ
          </button>
        </form>
        {msg && <p class={`status ${msg.error ? 'error' : 'ok'}`}>{msg.text}</p>}
      </section>
      <section class="card">
        <div class="row" style={{ justifyContent: 'space-between' }}>
          <h2>Hồ sơ đang xử lý ({open.length})</h2>
          <button onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html' as '/') })}>Bảng theo dõi</button>
        </div>
        <ul class="plain">
          {open.slice(0, 100).map((d) => {
            const st = dossierStatus(d, now);
            return (
              <li key={d.code} class="person-row">
                <div>
                  <strong>{d.code}</strong> {d.procedureName ?? d.procedureCode ?? ''}
                  <div class="muted">
                    {d.applicantName ? `${d.applicantName} · ` : ''}Hẹn trả {showDateTime(d.dueAt) || '—'} ·{' '}
                    <span style={{ color: st === 'overdue' ? 'var(--bad)' : undefined }}>{STATUS_VI[st]}</span>
                  </div>
                </div>
                <button onClick={() => void resolve(d)} title="Ghi nhận đã trả kết quả">
                  Đã trả
                </button>
              </li>
            );
          })}
        </ul>
        {open.length === 0 && <p class="muted">Không có hồ sơ đang xử lý.</p>}
      </section>
    </div>
  );
}
