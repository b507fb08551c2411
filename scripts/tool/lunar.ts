import { solarToLunar } from '../../utils/deadline/lunar';

export async function run(args: string[]) {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(args[0] ?? '');
  if (!m) throw new Error('Cách dùng: lunar yyyy-mm-dd');
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || y > 2100) throw new Error('Năm phải từ 1900 đến 2100');
  return solarToLunar(d, mo, y);
}
