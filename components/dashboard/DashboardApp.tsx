import { useEffect, useMemo, useState } from 'preact/hooks';
import { DossierRepo } from '../../utils/dossier/db';
import { dossiersToCsv, dossiersToXlsx, parseDossierFile, tableToXlsx } from '../../utils/dossier/files';
import { dedupeDossiers } from '../../utils/dossier/merge';
import { requestDeadlineRefresh } from '../../utils/dossier/refresh';
import { dueFacts } from '../../utils/dossier/facts';
import { buildFactReports, quarterOfDate, reportTable, trendWeeks, weekOfDate, type GroupBy, type Period, type Report, type TrendPoint } from '../../utils/dossier/report';
import type { Dossier } from '../../utils/schema';
import Papa from 'papaparse';
import { downloadText } from '../ui/download';
import { DecisionsEditor } from './DecisionsEditor';
import { DueList } from './DueList';
import { ProceduresEditor } from './ProceduresEditor';
import { ReportTable } from './ReportTable';
import { SettingsEditor } from './SettingsEditor';
import { TrendChart } from './TrendChart';

const TODAY = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
const fmt = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;
const GROUP_VI: Record<Exclude<GroupBy, 'all'>, string> = { officer: 'Theo cán bộ', unit: 'Theo đơn vị', procedure: 'Theo thủ tục' };

function monthOf(date: string): Period {
  const [y, m] = date.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${date.slice(0, 7)}-01`, to: `${date.slice(0, 7)}-${last}` };
}

/** Supervisor dashboard: period figures, trend, due-soon/overdue list, exports, merge of officers' files, settings. */
export function DashboardApp() {
  const repo = useMemo(() => new DossierRepo(), []);
  const applicantsOf = useMemo(() => (codes: string[]) => repo.applicantsOf(codes), [repo]);
  const [kind, setKind] = useState<'week' | 'month' | 'quarter' | 'custom'>('week');
  const [anchor, setAnchor] = useState(TODAY());
  const [custom, setCustom] = useState<Period>({ from: TODAY(), to: TODAY() });
  const [groupBy, setGroupBy] = useState<Exclude<GroupBy, 'all'>>('officer');
  const [reports, setReports] = useState<Report[] | null>(null);
  const [trend, setTrend] = useState<TrendPoint[]>([]);
  const [due, setDue] = useState<Dossier[]>([]);
  const [tab, setTab] = useState<'report' | 'due' | 'data' | 'calendar' | 'procedures' | 'settings'>('report');
  const [msg, setMsg] = useState<{ text: string; error?: boolean } | null>(null);
  const [version, setVersion] = useState(0);
  const [ms, setMs] = useState(0);

  const period: Period = kind === 'week' ? weekOfDate(anchor) : kind === 'month' ? monthOf(anchor) : kind === 'quarter' ? quarterOfDate(anchor) : custom;
  const now = Date.now();

  useEffect(() => {
    let stale = false;
    void (async () => {
      const t = performance.now();
      // One read of the figures index serves the figures and the due list, so both show the same moment.
      const facts = await repo.facts();
      const points = trendWeeks(period);
      const r = buildFactReports(facts, period, ['officer', 'unit', 'procedure'], Date.now(), points);
      const soon = dueFacts(facts, Date.now() + 3 * 86_400_000);
      if (stale) return;
      setReports(r);
      setTrend(points);
      setDue(soon);
      setMs(Math.round(performance.now() - t));
    })().catch((e) => setMsg({ text: e instanceof Error ? e.message : String(e), error: true }));
    return () => {
      stale = true;
    };
  }, [period.from, period.to, version]);

  const report = reports?.find((r) => r.groupBy === groupBy);
  const refresh = () => setVersion((v) => v + 1);
  const fileBase = `bao-cao-${period.from}_${period.to}`;

  function exportCsv() {
    if (!report) return;
    const t = reportTable(report);
    downloadText(`${fileBase}.csv`, '\uFEFF' + Papa.unparse([t.headers, ...t.rows]), 'text/csv');
  }
  async function exportXlsx() {
    if (!report) return;
    const t = reportTable(report);
    downloadText(`${fileBase}.xlsx`, await tableToXlsx(t.headers, t.rows, 'Báo cáo'));
  }
  async function exportDossiers(xlsx: boolean) {
    const list = await repo.all();
    if (xlsx) downloadText(`ho-so-${TODAY()}.xlsx`, await dossiersToXlsx(list));
    else downloadText(`ho-so-${TODAY()}.csv`, dossiersToCsv(list), 'text/csv');
  }

  /** Merge several officers' exports: all files are read and checked first; nothing is written if one is bad. */
  async function importFiles(files: FileList) {
    setMsg({ text: 'Đang đọc tệp…' });
    const lists: Dossier[][] = [];
    for (const f of Array.from(files)) {
      try {
        lists.push(await parseDossierFile(f.name, await f.arrayBuffer()));
      } catch (err) {
        return setMsg({ text: `${f.name}: ${err instanceof Error ? err.message : String(err)} Không có gì được thay đổi.`, error: true });
      }
    }
    const merged = dedupeDossiers(...lists);
    const r = await repo.importMerge(merged);
    requestDeadlineRefresh();
    refresh();
    setMsg({ text: `Đã gộp ${files.length} tệp (${merged.length} hồ sơ khác nhau): thêm ${r.added}, cập nhật ${r.updated}, không đổi ${r.unchanged}.` });
  }

  async function resolve(d: Dossier) {
    await repo.resolve(d.code);
    requestDeadlineRefresh();
    refresh();
  }

  const TabBtn = ({ id, label }: { id: typeof tab; label: string }) => (
    <button role="tab" aria-selected={tab === id} class={tab === id ? 'primary' : ''} onClick={() => setTab(id)}>
      {label}
    </button>
  );

  return (
    <main class="dashboard">
      <header class="row" style={{ justifyContent: 'space-between' }}>
        <h1>Theo dõi hạn giải quyết hồ sơ</h1>
        <span class="muted print-only">In lúc {new Date().toLocaleString('vi-VN')}</span>
      </header>
      <nav role="tablist" class="row no-print">
        <TabBtn id="report" label="Báo cáo" />
        <TabBtn id="due" label={`Sắp đến hạn / quá hạn (${due.length})`} />
        <TabBtn id="data" label="Nhập, gộp, xuất" />
        <TabBtn id="calendar" label="Lịch nghỉ" />
        <TabBtn id="procedures" label="Danh mục thủ tục" />
        <TabBtn id="settings" label="Cài đặt" />
      </nav>
      {msg && <p class={`status ${msg.error ? 'error' : 'ok'} no-print`}>{msg.text}</p>}

      {tab === 'report' && (
        <section class="card">
          <div class="row no-print">
            <select value={kind} onChange={(e) => setKind(e.currentTarget.value as typeof kind)} aria-label="Kỳ báo cáo">
              <option value="week">Tuần</option>
              <option value="month">Tháng</option>
              <option value="quarter">Quý</option>
              <option value="custom">Tuỳ chọn</option>
            </select>
            {kind === 'custom' ? (
              <>
                <input type="date" value={custom.from} onInput={(e) => setCustom({ ...custom, from: e.currentTarget.value })} aria-label="Từ ngày" />
                <input type="date" value={custom.to} onInput={(e) => setCustom({ ...custom, to: e.currentTarget.value })} aria-label="Đến ngày" />
              </>
            ) : (
              <input type="date" value={anchor} onInput={(e) => e.currentTarget.value && setAnchor(e.currentTarget.value)} aria-label="Ngày trong kỳ" />
            )}
            <select value={groupBy} onChange={(e) => setGroupBy(e.currentTarget.value as typeof groupBy)} aria-label="Nhóm theo">
              {(Object.keys(GROUP_VI) as (keyof typeof GROUP_VI)[]).map((g) => (
                <option key={g} value={g}>
                  {GROUP_VI[g]}
                </option>
              ))}
            </select>
            <button onClick={exportCsv}>Xuất CSV</button>
            <button onClick={() => void exportXlsx()}>Xuất Excel</button>
            <button onClick={() => window.print()}>In báo cáo</button>
          </div>
          <h2>
            Báo cáo tình hình giải quyết hồ sơ từ {fmt(period.from)} đến {fmt(period.to)} — {GROUP_VI[groupBy].toLowerCase()}
          </h2>
          {report ? <ReportTable report={report} /> : <p class="muted">Đang tính…</p>}
          <h2 style={{ marginTop: '16px' }}>Diễn biến theo tuần</h2>
          <TrendChart points={trend} />
          <p class="muted no-print">Tính trong {ms} ms.</p>
        </section>
      )}

      {tab === 'due' && (
        <section class="card">
          <h2>Hồ sơ đến hạn trong 3 ngày tới và quá hạn</h2>
          <DueList dossiers={due} now={now} onResolve={(d) => void resolve(d)} applicantsOf={applicantsOf} />
        </section>
      )}

      {tab === 'data' && (
        <section class="card">
          <h2>Gộp tệp xuất của các cán bộ</h2>
          <p class="muted">Chọn một hoặc nhiều tệp CSV/XLSX (xuất từ tiện ích của từng cán bộ hoặc từ cổng dịch vụ công). Hồ sơ trùng mã được gộp làm một.</p>
          <input type="file" multiple accept=".csv,.xlsx,text/csv" onChange={(e) => e.currentTarget.files?.length && void importFiles(e.currentTarget.files)} />
          <h2 style={{ marginTop: '16px' }}>Xuất toàn bộ hồ sơ</h2>
          <div class="row">
            <button onClick={() => void exportDossiers(false)}>Xuất CSV</button>
            <button onClick={() => void exportDossiers(true)}>Xuất Excel</button>
          </div>
        </section>
      )}

      {tab === 'calendar' && (
        <section class="card">
          <h2>Quyết định nghỉ lễ, làm bù</h2>
          <DecisionsEditor onChange={refresh} />
        </section>
      )}
      {tab === 'procedures' && (
        <section class="card">
          <h2>Danh mục thủ tục</h2>
          <ProceduresEditor />
        </section>
      )}
      {tab === 'settings' && (
        <section class="card">
          <h2>Cài đặt hạn và cảnh báo</h2>
          <SettingsEditor />
        </section>
      )}
    </main>
  );
}
