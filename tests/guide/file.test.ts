import { describe, expect, it } from 'vitest';
import 'fake-indexeddb/auto';
import { exportGuides, parseGuideFile } from '../../utils/guide/file';
import type { Guide } from '../../utils/guide/schema';
import { GuideStore, openGuidesDb } from '../../utils/guide/store';

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

describe('guide files', () => {
  it('round-trips', () => {
    const r = parseGuideFile(exportGuides([guide]));
    expect(r).toEqual({ ok: true, guides: [guide] });
  });
  it.each([
    ['not JSON', 'xin chào', 'không đọc được nội dung JSON'],
    ['another file', JSON.stringify({ persons: [] }), 'không phải tệp hướng dẫn'],
    ['newer version', JSON.stringify({ format: 'tro-ly-mot-cua/guide', version: 9 }), 'phiên bản khác'],
    ['a damaged step', exportGuides([guide]).replace('"kind": "field"', '"kind": "bay"'), 'bị hỏng'],
    ['a screenshot that is not an image', exportGuides([guide]).replace('"note":', '"screenshot": "javascript:alert(1)", "note":'), 'bị hỏng'],
  ])('refuses %s with a Vietnamese message', (_n, text, msg) => {
    const r = parseGuideFile(text);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toContain(msg);
  });
  it('export refuses a step whose screenshot is not an image', () => {
    expect(() => exportGuides([{ ...guide, steps: [{ ...guide.steps[0]!, screenshot: 'javascript:alert(1)' }] }])).toThrow();
  });
  it('a bad import changes nothing in the store', async () => {
    const store = new GuideStore(openGuidesDb('guides-test-' + Math.random()));
    await store.save(guide);
    const r = parseGuideFile('{"format":"tro-ly-mot-cua/guide","version":1,"exportedAt":"x","guides":[{"id":"g1"}]}');
    expect(r.ok).toBe(false);
    const list = await store.list();
    expect(list.map((g) => g.title)).toEqual(['Đăng ký khai sinh']);
    await expect(store.importAll([{ ...guide, id: 'g2' }, { ...guide, id: 'g3', title: '' }])).rejects.toThrow();
    expect((await store.list()).length).toBe(1);
    expect(await store.importAll([{ ...guide, id: 'g2', title: 'Cấp lại căn cước' }])).toBe(1);
    expect((await store.list()).length).toBe(2);
  });
});
