import type { DossierStatus } from '../schema';

export const STATUS_VI: Record<DossierStatus, string> = {
  early: 'Trước hạn',
  onTime: 'Đúng hạn',
  late: 'Trễ hạn',
  open: 'Đang xử lý',
  overdue: 'Quá hạn',
};

export const CHANNEL_LABELS = { online: 'Trực tuyến', inPerson: 'Trực tiếp', post: 'Bưu chính' } as const;

/** "dd/mm/yyyy HH:mm" of a stored date-time (Vietnam time). */
export function showDateTime(iso?: string): string {
  if (!iso) return '';
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)} ${iso.slice(11, 16)}`;
}

/** A date-time-local input value ("yyyy-mm-ddTHH:MM") read as Vietnam time. */
export function fromLocalInput(v: string): string | undefined {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(v) ? `${v}:00+07:00` : undefined;
}

export function toLocalInput(ms: number): string {
  return new Date(ms + 7 * 3600_000).toISOString().slice(0, 16);
}
