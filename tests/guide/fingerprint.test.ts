// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { fingerprintOf, resolveFingerprint } from '../../utils/guide/fingerprint';

function page(html: string) {
  document.body.innerHTML = html;
}

const FORM = `
  <form>
    <div><label for="hoten">Họ và tên</label><input id="hoten" name="hoTen" type="text"></div>
    <div><label for="ngaysinh">Ngày sinh</label><input id="ngaysinh" name="ngaySinh" type="text"></div>
    <div><label for="sdt">Số điện thoại</label><input id="sdt" name="soDienThoai" type="tel"></div>
    <button type="submit">Nộp hồ sơ</button>
  </form>`;

describe('element fingerprints', () => {
  beforeEach(() => page(FORM));

  it('records several selectors, label and tag', () => {
    const fp = fingerprintOf(document.getElementById('ngaysinh')!);
    expect(fp.selectors[0]).toBe('#ngaysinh');
    expect(fp.selectors.length).toBeGreaterThan(2);
    expect(fp.label).toBe('Ngày sinh');
    expect(fp.tag).toBe('input');
    expect(fp.name).toBe('ngaySinh');
  });

  it('finds the element again after its id and name were renamed (label still matches)', () => {
    const fp = fingerprintOf(document.getElementById('ngaysinh')!);
    page(FORM.replace('id="ngaysinh" name="ngaySinh"', 'id="dob_2" name="txtDob"').replace('for="ngaysinh"', 'for="dob_2"'));
    const r = resolveFingerprint(document, fp);
    expect(r.ok).toBe(true);
    expect(r.ok && r.element.id).toBe('dob_2');
  });

  it('finds the element after a new field was inserted above it (position and path changed)', () => {
    const fp = fingerprintOf(document.getElementById('sdt')!);
    page(FORM.replace('<form>', '<form><div><label for="email">Thư điện tử</label><input id="email" name="email" type="email"></div>'));
    const r = resolveFingerprint(document, fp);
    expect(r.ok && r.element.id).toBe('sdt');
  });

  it('finds the submit button by its caption when its attributes changed', () => {
    const fp = fingerprintOf(document.querySelector('button')!);
    page(FORM.replace('<button type="submit">Nộp hồ sơ</button>', '<p>Lưu ý</p><button class="btn-x" type="submit">Nộp hồ sơ</button>'));
    const r = resolveFingerprint(document, fp);
    expect(r.ok && r.element.textContent).toBe('Nộp hồ sơ');
  });

  it('does not confuse two fields of the same tag', () => {
    const fp = fingerprintOf(document.getElementById('hoten')!);
    const r = resolveFingerprint(document, fp);
    expect(r.ok && r.element.id).toBe('hoten');
  });

  it('reports clearly when the element is gone', () => {
    const fp = fingerprintOf(document.getElementById('sdt')!);
    page('<form><label for="a">Quê quán</label><textarea id="a"></textarea></form>');
    const r = resolveFingerprint(document, fp);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toContain('Không tìm thấy "Số điện thoại"');
  });

  it('reports an unreachable frame', () => {
    const fp = { ...fingerprintOf(document.getElementById('sdt')!), framePath: [3] };
    const r = resolveFingerprint(document, fp);
    expect(!r.ok && r.reason).toContain('khung');
  });
});
