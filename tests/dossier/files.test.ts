import { describe, expect, it } from 'vitest';
import { dossiersToCsv, dossiersToXlsx, parseDossierCsv, parseDossierFile, parseDossierXlsx } from '../../utils/dossier/files';
import type { Dossier } from '../../utils/schema';

const list: Dossier[] = [
  { code: 'HS-1', procedureCode: '1.001193', procedureName: 'Đăng ký khai sinh', receivedAt: '2026-03-05T08:15:00+07:00', dueAt: '2026-03-05T17:00:00+07:00', resolvedAt: '2026-03-05T10:00:00+07:00', officer: 'Nguyễn Thị Hoa', unit: 'UBND phường Bến Thành', channel: 'online' },
  { code: 'HS-2', procedureName: 'Chứng thực, "bản sao"', receivedAt: '2026-03-06T14:00:00+07:00', dueAt: '2026-03-09T17:00:00+07:00', officer: 'Trần Văn Nam', channel: 'post', withdrawn: true },
];
const strip = (d: Dossier) => ({ ...d, updatedAt: undefined });

describe('dossier files', () => {
  it('round-trips CSV (Vietnamese text, quotes, BOM)', () => {
    const csv = dossiersToCsv(list);
    expect(csv.startsWith('\uFEFFMã hồ sơ,')).toBe(true);
    expect(parseDossierCsv(csv).map(strip)).toEqual(list.map(strip));
  });

  it('round-trips XLSX', async () => {
    const blob = await dossiersToXlsx(list);
    const back = await parseDossierXlsx(await blob.arrayBuffer());
    expect(back.map(strip)).toEqual(list.map(strip));
  });

  it('refuses an empty file, a broken XLSX and an old .xls with clear Vietnamese messages', async () => {
    expect(() => parseDossierCsv('')).toThrow('Tệp trống');
    const broken = new Uint8Array([0x50, 0x4b, 3, 4, 9, 9, 9]).buffer;
    await expect(parseDossierFile('xuat.xlsx', broken)).rejects.toThrow('Không đọc được tệp Excel');
    await expect(parseDossierFile('cu.xls', new ArrayBuffer(4))).rejects.toThrow('.xls');
  });

  it('refuses a CSV without the required columns', () => {
    expect(() => parseDossierCsv('Họ tên,Ngày sinh\nA,01/01/2000\n')).toThrow('Không tìm thấy cột');
  });
});
