import { z } from 'zod';
import { procedureSchema, type Procedure } from '../schema';
import { computeDue, type DueResult, type OfficeHours } from '../deadline/due';
import type { WorkingCalendar } from '../deadline/calendar';

/**
 * Seed catalogue of common procedures. Codes follow the national procedures database (CSDL quốc gia về TTHC)
 * as far as we know them; units should check and edit them. Processing times are the statutory ones:
 * "giải quyết ngay trong ngày; sau 15 giờ thì trả trong ngày làm việc tiếp theo" is modelled as 0 working
 * days with a 15:00 cut-off (due at the end of the receipt day, or of the next working day).
 */
export const SEED_PROCEDURES: Procedure[] = [
  { code: '1.001193', name: 'Đăng ký khai sinh', level: 'commune', processingTime: { unit: 'workingDays', amount: 0, cutoff: '15:00' } },
  { code: '1.000656', name: 'Đăng ký khai tử', level: 'commune', processingTime: { unit: 'workingDays', amount: 0, cutoff: '15:00' } },
  { code: '1.000894', name: 'Đăng ký kết hôn', level: 'commune', processingTime: { unit: 'workingDays', amount: 0, cutoff: '15:00' } },
  { code: '1.004873', name: 'Cấp Giấy xác nhận tình trạng hôn nhân', level: 'commune', processingTime: { unit: 'workingDays', amount: 3 } },
  { code: '2.000815', name: 'Chứng thực bản sao từ bản chính', level: 'commune', processingTime: { unit: 'workingDays', amount: 0, cutoff: '15:00' } },
  { code: '2.000884', name: 'Chứng thực chữ ký trong giấy tờ, văn bản', level: 'commune', processingTime: { unit: 'workingDays', amount: 0, cutoff: '15:00' } },
  { code: '2.001035', name: 'Chứng thực hợp đồng, giao dịch', level: 'commune', processingTime: { unit: 'workingDays', amount: 2 } },
  { code: '1.004746', name: 'Đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch', level: 'commune', processingTime: { unit: 'workingDays', amount: 3 } },
  { code: '2.000635', name: 'Cấp bản sao trích lục hộ tịch', level: 'commune', processingTime: { unit: 'halfDays', amount: 1 } },
  { code: '1.000689', name: 'Đăng ký nhận cha, mẹ, con', level: 'commune', processingTime: { unit: 'workingDays', amount: 3 } },
  { code: '2.000720', name: 'Đăng ký thành lập hộ kinh doanh', level: 'district', processingTime: { unit: 'workingDays', amount: 3 } },
  { code: '2.000908', name: 'Chứng thực bản sao (cấp huyện)', level: 'district', processingTime: { unit: 'workingHours', amount: 4 } },
  { code: '2.001417', name: 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam', level: 'province', processingTime: { unit: 'workingDays', amount: 10 } },
  { code: '1.001009', name: 'Cấp Giấy chứng nhận quyền sử dụng đất lần đầu', level: 'district', processingTime: { unit: 'workingDays', amount: 20 } },
];

export const LEVEL_VI = { commune: 'Cấp xã', district: 'Cấp huyện', province: 'Cấp tỉnh' } as const;
export const TIME_UNIT_VI = { workingDays: 'ngày làm việc', workingHours: 'giờ làm việc', halfDays: 'buổi làm việc' } as const;

export const proceduresFileSchema = z.array(procedureSchema).max(5000);

/** Reads a catalogue file (JSON array); Vietnamese message on failure, nothing imported. */
export function parseProceduresJson(text: string): Procedure[] {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new Error('Tệp danh mục thủ tục không phải JSON hợp lệ.');
  }
  const r = proceduresFileSchema.safeParse(data);
  if (!r.success) {
    const i = r.error.issues[0]!;
    throw new Error(`Danh mục thủ tục không hợp lệ ở ${i.path.join('.') || 'gốc'}: ${i.message}. Không có gì được thay đổi.`);
  }
  return r.data;
}

export function describeProcessingTime(p: Procedure): string {
  const t = p.processingTime;
  if (t.unit === 'workingDays' && t.amount === 0) return `Trong ngày${t.cutoff ? ` (nhận sau ${t.cutoff} trả ngày làm việc tiếp theo)` : ''}`;
  return `${t.amount} ${TIME_UNIT_VI[t.unit]}${t.cutoff ? `, sau ${t.cutoff} tính từ ngày làm việc tiếp theo` : ''}`;
}

export function dueForProcedure(p: Procedure, receivedAt: string, calendar: WorkingCalendar, officeHours?: OfficeHours): DueResult {
  return computeDue({ receivedAt, amount: p.processingTime.amount, unit: p.processingTime.unit, cutoff: p.processingTime.cutoff, officeHours }, calendar);
}
