// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { startRecorder } from '../../utils/guide/recorder';
import type { Step } from '../../utils/guide/schema';

describe('recorder', () => {
  it('turns visited fields and clicks into steps, never reading typed values, ignoring our own UI', () => {
    document.body.innerHTML = `
      <label for="ten">Họ và tên</label><input id="ten">
      <button id="tiep" type="button">Tiếp tục</button>
      <button id="nop" type="button">Nộp hồ sơ</button>
      <tro-ly-guide><button id="ours">Dừng và lưu</button></tro-ly-guide>`;
    const steps: Step[] = [];
    const rec = startRecorder(document, (s) => steps.push(s), { pageUrl: () => 'https://dvc.gov.vn/b1' });
    const ten = document.getElementById('ten') as HTMLInputElement;
    ten.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    ten.value = 'Nguyễn Văn An';
    ten.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true })); // same field again: one step
    document.getElementById('tiep')!.click();
    document.getElementById('ours')!.click();
    document.getElementById('nop')!.click();
    rec.stop();
    document.getElementById('tiep')!.click();
    expect(steps.map((s) => [s.kind, s.title])).toEqual([
      ['field', 'Nhập "Họ và tên"'],
      ['click', 'Bấm "Tiếp tục"'],
      ['submit', 'Bấm "Nộp hồ sơ"'],
    ]);
    expect(steps.every((s) => s.url === 'https://dvc.gov.vn/b1')).toBe(true);
    expect(JSON.stringify(steps)).not.toContain('Nguyễn Văn An');
  });
});
