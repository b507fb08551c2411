import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportGuides, guideFileSchema, parseGuideFile } from '../../utils/guide/file';
import type { Guide } from '../../utils/guide/schema';
import { anyText, damaged, VIETNAMESE } from '../import/mutate';

const guide: Guide = {
  id: 'g1',
  title: 'Đăng ký khai sinh',
  createdAt: '2026-11-22T10:00:00.000Z',
  updatedAt: '2026-11-22T10:00:00.000Z',
  steps: [
    {
      id: 's1',
      kind: 'field',
      url: 'https://dichvucong.gov.vn/khai-sinh',
      title: 'Nhập "Họ và tên"',
      note: 'Ghi đúng như giấy tờ.',
      fingerprint: { selectors: ['#hoTen'], tag: 'input', label: 'Họ và tên', framePath: [] },
    },
  ],
};
const file = exportGuides([guide, { ...guide, id: 'g2', title: 'Đăng ký kết hôn' }]);

describe('guide files: any input', () => {
  it('arbitrary text never throws and is refused with a Vietnamese message', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const r = parseGuideFile(text);
        expect(r.ok).toBe(false);
        expect(!r.ok && r.error).toMatch(VIETNAMESE);
      }),
      { numRuns: 400 },
    );
  });

  it('a damaged file gives only valid guides or a Vietnamese message, never an exception', () => {
    fc.assert(
      fc.property(damaged(file), (text) => {
        const r = parseGuideFile(text);
        if (r.ok) expect(guideFileSchema.safeParse({ format: 'tro-ly-mot-cua/guide', version: 1, exportedAt: 'x', guides: r.guides }).success).toBe(true);
        else expect(r.error).toMatch(VIETNAMESE);
      }),
      { numRuns: 400 },
    );
  });
});
