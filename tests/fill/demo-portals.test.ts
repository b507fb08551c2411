// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyAll } from '../../utils/fill/classify';
import { collectFields } from '../../utils/fill/collect';

function load(host: string) {
  const html = readFileSync(resolve(import.meta.dirname, `../fixtures/portals/sites/${host}/index.html`), 'utf8');
  document.documentElement.innerHTML = html.replace(/<script[\s\S]*?<\/script>/g, '');
  const { fields } = collectFields(document, { layout: false });
  const classified = classifyAll(fields);
  return Object.fromEntries(classified.map((c) => [fields[c.ref]!.name + (fields[c.ref]!.type === 'radio' ? '=' + fields[c.ref]!.value : ''), `${c.role}.${c.key}${c.part ? '.' + c.part : ''}`]));
}

describe('classification of the demo portals', () => {
  it('national e-form (label[for], fieldset legend)', () => {
    expect(load('dichvucong.gov.vn')).toEqual({
      hoTen: 'applicant.fullName',
      gioiTinh: 'applicant.sex',
      ngaySinh: 'applicant.dateOfBirth',
      soDinhDanh: 'applicant.idNumber',
      ngayCap: 'applicant.issueDate',
      noiCap: 'applicant.issuePlace',
      danToc: 'applicant.ethnicity',
      quocTich: 'applicant.nationality',
      noiSinh: 'applicant.placeOfBirth',
      thuongTru: 'applicant.placeOfResidence',
      dienThoai: 'applicant.phone',
      email: 'applicant.email',
    });
  });

  it('legacy table layout (cell to the left, abbreviations)', () => {
    expect(load('motcua.hanoi.gov.vn')).toEqual({
      txtHoTen: 'applicant.fullName',
      txtNgaySinh: 'applicant.dateOfBirth',
      'rdoGioiTinh=1': 'applicant.sex',
      'rdoGioiTinh=2': 'applicant.sex',
      txtSoCMND: 'applicant.idNumber',
      txtQueQuan: 'applicant.placeOfOrigin',
      txtHKTT: 'applicant.placeOfResidence',
      txtChoO: 'applicant.currentAddress',
      txtDienThoai: 'applicant.phone',
      txtDanToc: 'applicant.ethnicity',
    });
  });

  it('provincial form (placeholders, split date group, dt/dd address units)', () => {
    expect(load('dichvucong.danang.gov.vn')).toEqual({
      nyc_hoten: 'applicant.fullName',
      nyc_socccd: 'applicant.idNumber',
      nyc_ngay: 'applicant.dateOfBirth.day',
      nyc_thang: 'applicant.dateOfBirth.month',
      nyc_nam: 'applicant.dateOfBirth.year',
      nyc_sdt: 'applicant.phone',
      tinh: 'applicant.placeOfResidence.province',
      diachi_chitiet: 'applicant.placeOfResidence.detail',
    });
  });
});
