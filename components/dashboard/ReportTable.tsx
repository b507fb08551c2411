import { reportTable, type Report } from '../../utils/dossier/report';

export function ReportTable({ report }: { report: Report }) {
  const t = reportTable(report);
  return (
    <div style={{ overflowX: 'auto' }}>
      <table class="report">
        <thead>
          <tr>
            {t.headers.map((h) => (
              <th key={h}>{h}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {t.rows.map((r, i) => (
            <tr key={i} class={i === t.rows.length - 1 ? 'total' : ''}>
              {r.map((c, j) => (
                <td key={j}>{c}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
