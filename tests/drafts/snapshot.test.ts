// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { draftKey, formSignature, hasContent } from '../../utils/drafts/model';
import { restoreFields } from '../../utils/drafts/restore';
import { snapshotPage } from '../../utils/drafts/snapshot';

function page() {
  document.body.innerHTML = `
    <form id="f">
      <label for="hoTen">Họ và tên</label><input id="hoTen" name="hoTen">
      <input name="ngaySinh" type="date">
      <label>Mã xác nhận <input name="code"></label>
      <input name="matKhau" type="password">
      <input name="token" type="hidden" value="csrf">
      <input name="otp" autocomplete="one-time-code">
      <input type="radio" name="gt" value="1"><input type="radio" name="gt" value="2">
      <select name="tinh"><option value="">--</option><option value="01">Hà Nội</option></select>
      <textarea name="ghiChu"></textarea>
    </form>`;
}

describe('draft snapshots', () => {
  it('keeps what the officer typed and never passwords, captchas, one-time codes or hidden fields', () => {
    page();
    (document.querySelector('[name=hoTen]') as HTMLInputElement).value = 'Nguyễn Văn An';
    (document.querySelector('[name=code]') as HTMLInputElement).value = '7K2P';
    (document.querySelector('[name=matKhau]') as HTMLInputElement).value = 'secret';
    (document.querySelector('[name=otp]') as HTMLInputElement).value = '123456';
    const [snap] = snapshotPage(document);
    const keys = snap!.fields.map((f) => f.key);
    expect(keys).toContain('n:hoTen');
    expect(keys).not.toContain('n:code');
    expect(keys).not.toContain('n:matKhau');
    expect(keys).not.toContain('n:token');
    expect(keys).not.toContain('n:otp');
    expect(JSON.stringify(snap)).not.toContain('7K2P');
    expect(hasContent(snap!.fields)).toBe(true);
  });

  it('restores values, radios and selects into a fresh copy of the form, firing input/change', () => {
    page();
    (document.querySelector('[name=hoTen]') as HTMLInputElement).value = 'Lê Thị Hà';
    (document.querySelector('[name=gt][value="2"]') as HTMLInputElement).checked = true;
    (document.querySelector('[name=tinh]') as HTMLSelectElement).value = '01';
    const [snap] = snapshotPage(document);
    page();
    let inputs = 0;
    document.addEventListener('input', () => inputs++);
    const n = restoreFields(document.getElementById('f')!, snap!.fields);
    expect(n).toBe(3);
    expect((document.querySelector('[name=hoTen]') as HTMLInputElement).value).toBe('Lê Thị Hà');
    expect((document.querySelector('[name=gt][value="2"]') as HTMLInputElement).checked).toBe(true);
    expect((document.querySelector('[name=tinh]') as HTMLSelectElement).value).toBe('01');
    expect(inputs).toBeGreaterThan(0);
  });

  it('keys drafts by origin, path and form shape', () => {
    expect(draftKey('https://dichvucong.gov.vn/a?x=1', 'abc')).toBe('https://dichvucong.gov.vn/a#abc');
    expect(formSignature(['n:a', 'n:b'])).toBe(formSignature(['n:b', 'n:a']));
    expect(formSignature(['n:a', 'n:b'])).not.toBe(formSignature(['n:a', 'n:c']));
  });
});
