// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { parseDossierTable } from '../../utils/dossier/parse';
import { findDossierTable } from '../../utils/dossier/table-dom';

describe('reading a portal dossier list page', () => {
  it('finds the dossier table among others and feeds the parser', () => {
    document.body.innerHTML = `
      <table><tr><th>Menu</th></tr><tr><td>Trang chủ</td></tr></table>
      <table class="list">
        <caption>Danh sách hồ sơ</caption>
        <tr><td colspan="5">Tổng số: 2 hồ sơ</td></tr>
        <tr><th>STT</th><th>Mã hồ sơ</th><th>Ngày nhận</th><th>Ngày hẹn trả</th><th>Trạng thái</th></tr>
        <tr><td>1</td><td> 000.00.21.H01-261120-0001 </td><td>20/11/2026 08:10</td><td>20/11/2026 17:00</td><td>Đã trả kết quả</td></tr>
        <tr><td>2</td><td>000.00.21.H01-261120-0002</td><td>20/11/2026 09:00</td><td>25/11/2026 17:00</td><td title="Đang xử lý tại bộ phận chuyên môn">Đang xử lý tại…</td></tr>
      </table>`;
    const t = findDossierTable(document)!;
    expect(t.headers).toEqual(['STT', 'Mã hồ sơ', 'Ngày nhận', 'Ngày hẹn trả', 'Trạng thái']);
    const r = parseDossierTable(t.headers, t.rows, { now: Date.parse('2026-11-21T10:00:00+07:00') });
    expect(r.errors).toEqual([]);
    expect(r.dossiers.map((d) => [d.code, Boolean(d.resolvedAt)])).toEqual([
      ['000.00.21.H01-261120-0001', true],
      ['000.00.21.H01-261120-0002', false],
    ]);
  });

  it('returns nothing on a page without a dossier table', () => {
    document.body.innerHTML = '<table><tr><th>Họ tên</th></tr></table>';
    expect(findDossierTable(document)).toBeUndefined();
  });
});
