import { z } from 'zod';
import { guideSchema, type Guide } from './schema';

/** What a shared guide file holds; the format tag lets a future version refuse or migrate older files. */
export const guideFileSchema = z.object({
  format: z.literal('tro-ly-mot-cua/guide'),
  version: z.literal(1),
  exportedAt: z.string().max(40),
  guides: z.array(guideSchema).min(1).max(100),
});
export type GuideFile = z.infer<typeof guideFileSchema>;

export function exportGuides(guides: Guide[], now = new Date()): string {
  const file: GuideFile = { format: 'tro-ly-mot-cua/guide', version: 1, exportedAt: now.toISOString(), guides };
  return JSON.stringify(guideFileSchema.parse(file), null, 2);
}

export type ImportResult = { ok: true; guides: Guide[] } | { ok: false; error: string };

const MAX_BYTES = 50 * 1024 * 1024;

/** Parse a guide file; any problem gives one clear Vietnamese message and no guides, so nothing is changed. */
export function parseGuideFile(text: string): ImportResult {
  if (text.length > MAX_BYTES) return { ok: false, error: 'Tệp hướng dẫn quá lớn (tối đa 50 MB).' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: 'Tệp không phải tệp hướng dẫn hợp lệ (không đọc được nội dung JSON).' };
  }
  if (!raw || typeof raw !== 'object' || (raw as { format?: unknown }).format !== 'tro-ly-mot-cua/guide') {
    return { ok: false, error: 'Tệp này không phải tệp hướng dẫn của Trợ lý Một cửa.' };
  }
  if ((raw as { version?: unknown }).version !== 1) {
    return { ok: false, error: 'Tệp hướng dẫn được tạo bởi phiên bản khác, chưa đọc được.' };
  }
  const parsed = guideFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? issue.path.join('.') : '';
    return { ok: false, error: `Tệp hướng dẫn bị hỏng hoặc thiếu thông tin${where ? ` (tại ${where})` : ''}. Không có gì được thay đổi.` };
  }
  return { ok: true, guides: parsed.data.guides };
}
