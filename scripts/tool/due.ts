import { computeDue, type OfficeHours } from '../../utils/deadline/due';

function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
}

/**
 * due --received <ISO> --working-days N | --hours N | --half-days N [--cutoff HH:MM] [--office 07:30-11:30,13:30-17:00]
 */
export async function run(args: string[]) {
  const receivedAt = flag(args, 'received');
  if (!receivedAt) throw new Error('Thiếu --received <thời điểm ISO>, ví dụ 2026-02-13T09:30:00+07:00');
  const withZone = /([+-]\d{2}:\d{2}|Z)$/.test(receivedAt) ? receivedAt : `${receivedAt}${receivedAt.includes('T') ? '' : 'T08:00:00'}+07:00`;
  const days = flag(args, 'working-days');
  const hours = flag(args, 'hours') ?? flag(args, 'working-hours');
  const halves = flag(args, 'half-days');
  const [unit, amount] = days !== undefined ? (['workingDays', days] as const) : hours !== undefined ? (['workingHours', hours] as const) : halves !== undefined ? (['halfDays', halves] as const) : [undefined, undefined];
  if (!unit || amount === undefined || Number.isNaN(Number(amount))) throw new Error('Thiếu --working-days N (hoặc --hours N, --half-days N)');
  const office = flag(args, 'office');
  let officeHours: OfficeHours | undefined;
  if (office) {
    const m = /^(\d{2}:\d{2})-(\d{2}:\d{2}),(\d{2}:\d{2})-(\d{2}:\d{2})$/.exec(office);
    if (!m) throw new Error('--office phải có dạng 07:30-11:30,13:30-17:00');
    officeHours = { morning: [m[1]!, m[2]!], afternoon: [m[3]!, m[4]!] };
  }
  return computeDue({ receivedAt: withZone, amount: Number(amount), unit, cutoff: flag(args, 'cutoff'), officeHours });
}
