import { holidaysOf } from '../../utils/deadline/holidays';

export async function run(args: string[]) {
  const year = Number(args[0]);
  if (!Number.isInteger(year) || year < 1900 || year > 2100) throw new Error('Năm phải từ 1900 đến 2100');
  const h = holidaysOf(year);
  return {
    year,
    daysOff: h.daysOff.map((d) => d.date),
    workingWeekendDays: h.workingWeekendDays.map((d) => d.date),
    details: h.daysOff,
  };
}
