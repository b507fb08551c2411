import { describe, expect, it } from 'vitest';
import { DossierImportError, headerKey, parseDossierTable, parseDossierTableStrict } from '../../utils/dossier/parse';
import { parseVnDateTime } from '../../utils/dossier/datetime';

const NOW = Date.parse('2026-03-10T10:00:00+07:00');

describe('portal dossier table', () => {
  it('maps portal headers to dictionary keys, with or without diacritics', () => {
    expect(headerKey('Mã hồ sơ')).toBe('code');
    expect(headerKey('NGÀY NHẬN')).toBe('receivedAt');
    expect(headerKey('Ngày hẹn trả:')).toBe('dueAt');
    expect(headerKey('Trạng thái')).toBe('status');
    expect(headerKey('Hinh thuc nop')).toBe('channel');
    expect(headerKey('Ghi chú')).toBeUndefined();
  });

  it('reads Vietnamese dates and times', () => {
    expect(parseVnDateTime('05/03/2026 14:30')).toBe('2026-03-05T14:30:00+07:00');
    expect(parseVnDateTime('14h30 05/03/2026')).toBe('2026-03-05T14:30:00+07:00');
    expect(parseVnDateTime('2026-03-05T07:30:00Z')).toBe('2026-03-05T14:30:00+07:00');
    expect(parseVnDateTime('31/02/2026')).toBeUndefined();
  });

  it('parses a list page: status "Đã trả kết quả" resolves, "Rút hồ sơ" withdraws, channel read', () => {
    const headers = ['STT', 'Mã hồ sơ', 'Tên thủ tục', 'Ngày nhận', 'Ngày hẹn trả', 'Trạng thái', 'Hình thức nộp', 'Ghi chú'];
    const rows = [
      ['1', 'H01.001-260305-0001', 'Đăng ký khai sinh', '05/03/2026 08:15', '05/03/2026 17:00', 'Đã trả kết quả (đúng hạn)', 'Trực tuyến', ''],
      ['2', 'H01.001-260305-0002', 'Chứng thực', '05/03/2026 09:00', '06/03/2026 17:00', 'Đang xử lý', 'Trực tiếp', ''],
      ['3', 'H01.001-260305-0003', 'Kết hôn', '05/03/2026 09:30', '', 'Công dân rút hồ sơ', 'Bưu chính', ''],
    ];
    const r = parseDossierTable(headers, rows, { now: NOW });
    expect(r.errors).toEqual([]);
    expect(r.ignoredHeaders).toEqual(['STT', 'Ghi chú']);
    const [a, b, c] = r.dossiers;
    expect(a).toMatchObject({ code: 'H01.001-260305-0001', channel: 'online', resolvedAt: '2026-03-05T17:00:00+07:00' });
    expect(b!.resolvedAt).toBeUndefined();
    expect(b!.channel).toBe('inPerson');
    expect(c).toMatchObject({ withdrawn: true, channel: 'post' });
  });

  it('refuses a table without the code column, in Vietnamese', () => {
    const r = parseDossierTable(['Tên', 'Ngày nhận'], [['x', '01/01/2026']]);
    expect(r.dossiers).toEqual([]);
    expect(r.errors[0]).toContain('Không tìm thấy cột "Mã hồ sơ"');
  });

  it('refuses the whole file when a row has a bad date, naming the line', () => {
    const headers = ['Mã hồ sơ', 'Ngày nhận'];
    expect(() => parseDossierTableStrict(headers, [['A', '01/03/2026'], ['B', '32/13/2026']])).toThrow(DossierImportError);
    try {
      parseDossierTableStrict(headers, [['A', '01/03/2026'], ['B', '32/13/2026']]);
    } catch (e) {
      expect((e as Error).message).toContain('Dòng 3 (B)');
      expect((e as Error).message).toContain('không phải ngày giờ hợp lệ');
    }
  });
});
