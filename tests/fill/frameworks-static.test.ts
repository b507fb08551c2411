// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyAll } from '../../utils/fill/classify';
import { collectFields } from '../../utils/fill/collect';

/** Classification of the imitation portals' markup (scripts stripped; the browser tests run them for real). */
function classify(file: string) {
  const html = readFileSync(resolve(import.meta.dirname, `../fixtures/portals/frameworks/${file}`), 'utf8');
  document.documentElement.innerHTML = html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<link[^>]*>/g, '');
  const { fields } = collectFields(document, { layout: false });
  return Object.fromEntries(classifyAll(fields).map((c) => [fields[c.ref]!.name + (fields[c.ref]!.type === 'radio' ? '=' + fields[c.ref]!.value : ''), `${c.role}.${c.key}${c.part ? '.' + c.part : ''}`]));
}

describe('multi-role birth registration form', () => {
  it('gives each section its role and leaves the captcha out', () => {
    expect(classify('birth.html')).toEqual({
      nyc_hoTen: 'applicant.fullName',
      nyc_giayTo: 'applicant.idNumber',
      nyc_cuTru: 'applicant.placeOfResidence',
      con_hoTen: 'subject.fullName',
      con_ngaySinh: 'subject.dateOfBirth',
      'con_gioiTinh=1': 'subject.sex',
      'con_gioiTinh=2': 'subject.sex',
      con_noiSinh: 'subject.placeOfBirth',
      ...Object.fromEntries(
        (['me', 'cha'] as const).flatMap((p) => {
          const role = p === 'me' ? 'mother' : 'father';
          return [
            [`${p}_hoTen`, `${role}.fullName`],
            [`${p}_ngaySinh`, `${role}.dateOfBirth`],
            [`${p}_danToc`, `${role}.ethnicity`],
            [`${p}_quocTich`, `${role}.nationality`],
            [`${p}_cuTru`, `${role}.placeOfResidence`],
            [`${p}_giayTo`, `${role}.idNumber`],
          ];
        }),
      ),
    });
  });
});

describe('jQuery page with Select2 and a datepicker (markup only)', () => {
  it('address parts under the "Địa chỉ thường trú" legend', () => {
    expect(classify('jquery.html')).toEqual({
      txtHoTen: 'applicant.fullName',
      txtNgaySinh: 'applicant.dateOfBirth',
      txtCCCD: 'applicant.idNumber',
      ddlDanToc: 'applicant.ethnicity',
      ddlTinh: 'applicant.placeOfResidence.province',
      ddlPhuongXa: 'applicant.placeOfResidence.ward',
      txtDiaChi: 'applicant.placeOfResidence.detail',
    });
  });
});

describe('legacy table page', () => {
  it('abbreviated labels in table cells; read-only and "mã kiểm tra" left out', () => {
    expect(classify('legacy.html')).toEqual({
      txtHoTen: 'applicant.fullName',
      txtNS: 'applicant.dateOfBirth',
      txtSoCMND: 'applicant.idNumber',
      txtSDT: 'applicant.phone',
    });
  });
});
