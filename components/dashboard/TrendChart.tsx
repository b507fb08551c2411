import type { TrendPoint } from '../../utils/dossier/report';

/** Weekly bars: received (grey) next to resolved on time (green) and late (red, stacked). Plain SVG. */
export function TrendChart({ points }: { points: TrendPoint[] }) {
  const W = 640;
  const H = 180;
  const pad = 28;
  const max = Math.max(1, ...points.map((p) => Math.max(p.received, p.resolvedOnTime + p.late)));
  const slot = (W - pad * 2) / Math.max(1, points.length);
  const bar = Math.max(2, slot / 2 - 2);
  const y = (v: number) => H - pad - (v / max) * (H - pad * 2);
  return (
    <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label="Biểu đồ tiếp nhận và giải quyết theo tuần">
      <line x1={pad} y1={H - pad} x2={W - pad} y2={H - pad} stroke="#999" />
      <text x={4} y={pad} font-size="11">{max}</text>
      {points.map((p, i) => {
        const x = pad + i * slot;
        return (
          <g key={p.week}>
            <title>{`Tuần từ ${p.week.slice(8, 10)}/${p.week.slice(5, 7)}: tiếp nhận ${p.received}, đúng hạn ${p.resolvedOnTime}, trễ hạn ${p.late}`}</title>
            <rect x={x} y={y(p.received)} width={bar} height={H - pad - y(p.received)} fill="#90a4ae" />
            <rect x={x + bar + 1} y={y(p.resolvedOnTime)} width={bar} height={H - pad - y(p.resolvedOnTime)} fill="#2e7d32" />
            <rect x={x + bar + 1} y={y(p.resolvedOnTime + p.late)} width={bar} height={y(p.resolvedOnTime) - y(p.resolvedOnTime + p.late)} fill="#c62828" />
            {(points.length <= 14 || i % 2 === 0) && (
              <text x={x} y={H - pad + 14} font-size="10">{`${p.week.slice(8, 10)}/${p.week.slice(5, 7)}`}</text>
            )}
          </g>
        );
      })}
      <g font-size="11">
        <rect x={W - 230} y={4} width={10} height={10} fill="#90a4ae" />
        <text x={W - 216} y={13}>Tiếp nhận</text>
        <rect x={W - 150} y={4} width={10} height={10} fill="#2e7d32" />
        <text x={W - 136} y={13}>Đúng hạn</text>
        <rect x={W - 76} y={4} width={10} height={10} fill="#c62828" />
        <text x={W - 62} y={13}>Trễ hạn</text>
      </g>
    </svg>
  );
}
