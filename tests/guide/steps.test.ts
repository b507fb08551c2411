// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { EXPLANATIONS, explain } from '../../utils/guide/explain';
import { buildSteps, findSubmit, sameUrl } from '../../utils/guide/steps';
import { PERSON_FIELD_KEYS } from '../../utils/schema';

describe('explanations', () => {
  it('has a plain-language sentence for every canonical field key', () => {
    for (const k of PERSON_FIELD_KEYS) expect(EXPLANATIONS[k].length, k).toBeGreaterThan(20);
    expect(explain('dateOfBirth')).toContain('Kiểm tra ngày sinh có đúng với giấy khai sinh');
  });
  it('falls back to the field label for unknown fields', () => {
    expect(explain(undefined, 'Mã số thuế')).toBe('Kiểm tra ô "Mã số thuế" đã đúng với giấy tờ của bạn.');
  });
});

describe('step building', () => {
  it('orders steps as on the page, groups a radio group, and ends on the submit button', () => {
    document.body.innerHTML = `
      <label for="a">Họ và tên</label><input id="a">
      <label><input type="radio" name="gt" value="1">Nam</label><label><input type="radio" name="gt" value="2">Nữ</label>
      <label for="b">Ngày sinh</label><input id="b">
      <button type="button">Quay lại</button><button type="button">Nộp hồ sơ</button>`;
    const $ = (s: string) => document.querySelector(s)!;
    const submit = findSubmit(document);
    expect(submit?.textContent).toBe('Nộp hồ sơ');
    const steps = buildSteps(
      [
        { element: $('#b'), key: 'dateOfBirth' },
        { element: $('#a'), key: 'fullName' },
        { element: $('input[value="1"]'), key: 'sex', label: 'Giới tính' },
        { element: $('input[value="2"]'), key: 'sex', label: 'Giới tính' },
      ],
      submit,
      'https://dichvucong.gov.vn/p/1',
    );
    expect(steps.map((s) => s.step.title)).toEqual(['Họ và tên', 'Giới tính', 'Ngày sinh', 'Bấm "Nộp hồ sơ"']);
    expect(steps[2]!.step.note).toContain('giấy khai sinh');
    expect(steps[3]!.step.kind).toBe('submit');
    expect(steps[3]!.step.note).toContain('mã hồ sơ');
    expect(steps[0]!.resolve()).toBe($('#a'));
  });

  it('compares page URLs without query and hash', () => {
    expect(sameUrl('https://x.gov.vn/a/?s=1#k', 'https://x.gov.vn/a')).toBe(true);
    expect(sameUrl('https://x.gov.vn/a', 'https://x.gov.vn/b')).toBe(false);
  });
});

describe('explanations from portal labels', () => {
  it('recognises the field from its label when the fill engine gave no key', () => {
    expect(explain(undefined, 'Ngày, tháng, năm sinh (*)')).toBe(EXPLANATIONS.dateOfBirth);
    expect(explain(undefined, 'Số CMND cũ')).toBe(EXPLANATIONS.oldIdNumber);
    expect(explain(undefined, 'Nơi đăng ký khai sinh')).toBe(EXPLANATIONS.birthRegistrationPlace);
    expect(explain(undefined, 'Nơi sinh')).toBe(EXPLANATIONS.placeOfBirth);
    expect(explain(undefined, 'Họ, chữ đệm và tên *')).toBe(EXPLANATIONS.fullName);
    expect(explain(undefined, 'Địa chỉ thường trú')).toBe(EXPLANATIONS.placeOfResidence);
  });
});
