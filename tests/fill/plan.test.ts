import { describe, expect, it } from 'vitest';
import { classifyAll } from '../../utils/fill/classify';
import { formatDateFor, matchOption, sexMatches } from '../../utils/fill/format';
import { buildPlan } from '../../utils/fill/plan';
import type { FieldDescriptor } from '../../utils/fill/types';
import type { Person } from '../../utils/schema';
import { field, opts } from './helpers';

const an: Person = {
  id: 'p1',
  fullName: 'Nguyễn Văn An',
  dateOfBirth: '1989-03-05',
  sex: 'male',
  idNumber: '001089012345',
  ethnicity: 'Kinh',
  nationality: 'Việt Nam',
  placeOfResidence: 'Số 12 phố Lý Thường Kiệt, Phường Cửa Nam, Thành phố Hà Nội',
  currentAddress: 'Thôn Đồng Tâm, Xã Cẩm Thủy, Huyện Cẩm Thủy, Tỉnh Thanh Hóa',
  phone: '0912345678',
} as Person;
const binh = { ...an, id: 'p2', fullName: 'Trần Thị Bình', sex: 'female', dateOfBirth: '1990-12-31' } as Person;

function plan(fields: FieldDescriptor[], people: Parameters<typeof buildPlan>[2] = { applicant: an }, overwrite = false) {
  return buildPlan(fields, classifyAll(fields), people, { overwrite });
}
const actionOf = (fields: FieldDescriptor[], ref: number, people?: Parameters<typeof buildPlan>[2]) => plan(fields, people).items.find((i) => i.ref === ref)?.action;

describe('dates', () => {
  it('formats for the field: dd/mm/yyyy by default, ISO for type=date, the placeholder’s pattern otherwise', () => {
    expect(formatDateFor('1989-03-05', field())).toBe('05/03/1989');
    expect(formatDateFor('1989-03-05', field({ type: 'date' }))).toBe('1989-03-05');
    expect(formatDateFor('1989-03-05', field({ placeholder: 'dd-mm-yyyy' }))).toBe('05-03-1989');
    expect(formatDateFor('1989-03-05', field({ placeholder: 'yyyy/mm/dd' }))).toBe('1989/03/05');
  });
  it('three selects get day, month and year options by number', () => {
    const f = [
      field({ ref: 1, tag: 'select', labels: ['Ngày'], group: 'Ngày sinh', options: [{ value: '', text: 'Ngày' }, ...Array.from({ length: 31 }, (_, i) => ({ value: String(i + 1), text: String(i + 1).padStart(2, '0') }))] }),
      field({ ref: 2, tag: 'select', labels: ['Tháng'], group: 'Ngày sinh', options: Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), text: `Tháng ${i + 1}` })) }),
      field({ ref: 3, tag: 'select', labels: ['Năm'], group: 'Ngày sinh', options: [{ value: '1989', text: '1989' }] }),
    ];
    const p = plan(f);
    expect(p.items.map((i) => i.action)).toEqual([
      { kind: 'select', value: '5', label: '05' },
      { kind: 'select', value: '3', label: 'Tháng 3' },
      { kind: 'select', value: '1989', label: '1989' },
    ]);
  });
});

describe('sex', () => {
  it('as the page encodes it: Nam/Nữ, 1/2, radios', () => {
    expect(sexMatches('Nữ', 'female')).toBe(true);
    expect(sexMatches('NAM', 'male')).toBe(true);
    expect(sexMatches('2', 'female')).toBe(true);
    expect(actionOf([field({ ref: 1, tag: 'select', labels: ['Giới tính'], options: [{ value: '', text: '--' }, { value: '1', text: 'Nam' }, { value: '2', text: 'Nữ' }] })], 1, { applicant: binh })).toEqual({ kind: 'select', value: '2', label: 'Nữ' });
    const radios = [
      field({ ref: 1, type: 'radio', name: 'gt', labels: ['Giới tính'], choiceText: 'Nam', value: 'M' }),
      field({ ref: 2, type: 'radio', name: 'gt', labels: ['Giới tính'], choiceText: 'Nữ', value: 'F' }),
    ];
    expect(plan(radios, { applicant: binh }).items).toEqual([expect.objectContaining({ ref: 2, action: { kind: 'check', checked: true } })]);
    expect(actionOf([field({ ref: 1, labels: ['Giới tính'] })], 1)).toEqual({ kind: 'text', value: 'Nam' });
  });
});

describe('select options', () => {
  const provinces = [{ value: '', text: '-- Chọn --' }, { value: '01', text: 'TP. Hà Nội' }, { value: '38', text: 'Tỉnh Thanh Hóa' }, { value: '79', text: 'Thành phố Hồ Chí Minh' }];
  it('matched by text or value, ignoring diacritics, case and unit prefixes', () => {
    expect(matchOption(provinces, 'Thành phố Hà Nội')?.value).toBe('01');
    expect(matchOption(provinces, 'thanh hoa')?.value).toBe('38');
    expect(matchOption(provinces, 'TP Hồ Chí Minh')?.value).toBe('79');
    expect(matchOption(provinces, '38')?.value).toBe('38');
    expect(matchOption(provinces, 'Đà Nẵng')).toBeUndefined();
    expect(matchOption([{ value: 'K', text: 'KINH' }, { value: 'T', text: 'Tày' }], 'Kinh')?.value).toBe('K');
  });
  it('ethnicity and nationality selects', () => {
    const f = [
      field({ ref: 1, tag: 'select', labels: ['Dân tộc'], options: opts('Chọn dân tộc', 'Kinh', 'Tày') }),
      field({ ref: 2, tag: 'select', labels: ['Quốc tịch'], options: [{ value: 'VN', text: 'Việt Nam' }, { value: 'LA', text: 'Lào' }] }),
    ];
    expect(plan(f).items.map((i) => i.action)).toEqual([
      { kind: 'select', value: '1', label: 'Kinh' },
      { kind: 'select', value: 'VN', label: 'Việt Nam' },
    ]);
  });
  it('a missing option is a problem in Vietnamese, not a wrong pick', () => {
    const p = plan([field({ ref: 1, tag: 'select', labels: ['Dân tộc'], options: opts('Tày', 'Thái') })]);
    expect(p.items).toEqual([]);
    expect(p.problems[0]!.reason).toBe('Không có lựa chọn "Kinh"');
  });
});

describe('addresses', () => {
  it('split into province select, cascading ward select and a detail box', () => {
    const f = [
      field({ ref: 1, tag: 'select', labels: ['Tỉnh/Thành phố'], section: 'Nơi thường trú', options: [{ value: '01', text: 'Thành phố Hà Nội' }] }),
      field({ ref: 2, tag: 'select', labels: ['Phường/Xã'], section: 'Nơi thường trú', options: [{ value: '', text: '-- Chọn phường/xã --' }] }),
      field({ ref: 3, labels: ['Số nhà, đường phố'], section: 'Nơi thường trú' }),
    ];
    const p = plan(f);
    expect(p.items.map((i) => [i.part, i.action])).toEqual([
      ['province', { kind: 'select', value: '01', label: 'Thành phố Hà Nội' }],
      ['ward', { kind: 'select', value: '', label: 'Phường Cửa Nam', pending: true }],
      ['detail', { kind: 'text', value: 'Số 12 phố Lý Thường Kiệt' }],
    ]);
  });
  it('an old three-tier address on a two-tier form: the officer is offered the successor wards', () => {
    const f = [
      field({ ref: 1, tag: 'select', labels: ['Tỉnh/Thành phố'], section: 'Nơi ở hiện tại', options: [{ value: '38', text: 'Tỉnh Thanh Hóa' }] }),
      field({ ref: 2, tag: 'select', labels: ['Xã/Phường'], section: 'Nơi ở hiện tại', options: [{ value: 'a', text: 'Xã Cẩm Thủy' }, { value: 'b', text: 'Xã Cẩm Tú' }, { value: 'c', text: 'Phường Hạc Thành' }] }),
      field({ ref: 3, labels: ['Số nhà, thôn/xóm'], section: 'Nơi ở hiện tại' }),
    ];
    const p = plan(f);
    expect(p.items.map((i) => i.ref)).toEqual([1, 3]);
    // The old district has no place on a two-tier form: it is not pushed into the detail box.
    expect(p.items[1]!.action).toEqual({ kind: 'text', value: 'Thôn Đồng Tâm' });
    expect(p.problems[0]).toMatchObject({ ref: 2, candidates: [{ value: 'a', text: 'Xã Cẩm Thủy' }] });
    expect(p.problems[0]!.reason).toContain('đơn vị hành chính cũ');
  });
});

describe('what is never written', () => {
  it('fields the officer already typed in, unless overwrite is chosen', () => {
    const f = [field({ ref: 1, labels: ['Họ và tên'], value: 'Đã gõ' })];
    expect(plan(f).items).toEqual([]);
    expect(plan(f).problems[0]!.reason).toBe('Ô đã có dữ liệu, không ghi đè');
    expect(buildPlan(f, classifyAll(f), { applicant: an }, { overwrite: true }).items).toHaveLength(1);
  });
  it('a role without a chosen citizen is reported, others still fill', () => {
    const f = [field({ ref: 1, labels: ['Họ và tên'], section: 'Thông tin người mẹ' }), field({ ref: 2, labels: ['Họ và tên'], section: 'Thông tin người cha' })];
    const p = plan(f, { mother: binh });
    expect(p.items).toEqual([expect.objectContaining({ ref: 1, role: 'mother', action: { kind: 'text', value: 'Trần Thị Bình' } })]);
    expect(p.problems[0]!.reason).toBe('Chưa chọn công dân cho vai trò cha');
  });
  it('a custom combobox gets a pick action', () => {
    expect(actionOf([field({ ref: 1, labels: ['Dân tộc'], widget: 'combobox' })], 1)).toEqual({ kind: 'pick', label: 'Kinh' });
  });
});
