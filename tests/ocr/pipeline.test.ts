import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import jpeg from 'jpeg-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BadInputError, createNodeEngine, decodeImage, readQrNode } from '../../utils/ocr/node';
import { renderPdfPages } from '../../utils/ocr/pdf-node';
import { readPaper } from '../../utils/ocr/pipeline';
import { ocrResultSchema, type TextEngine } from '../../utils/ocr/types';
import { makeEmptyPdf, makeJpegPdf } from './make-pdf';

// A synthetic card back from shared/ocr-dev (random data, no real person).
const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const jpegBytes = new Uint8Array(readFileSync(fixture('cccd_2021_back.jpg')));
const truth = JSON.parse(readFileSync(fixture('cccd_2021_back.json'), 'utf8')) as { fields: Record<string, string> };

describe('bad input', () => {
  it('explains empty, truncated and unsupported files in Vietnamese', () => {
    expect(() => decodeImage(new Uint8Array())).toThrow(/Tệp trống/);
    expect(() => decodeImage(jpegBytes.subarray(0, 2000))).toThrow(/hỏng|không đầy đủ/);
    expect(() => decodeImage(new TextEncoder().encode('xin chào'))).toThrow(BadInputError);
  });

  it('refuses a PDF without pages and a broken PDF', async () => {
    await expect(renderPdfPages(makeEmptyPdf())).rejects.toThrow(/không có trang/);
    await expect(renderPdfPages(new TextEncoder().encode('%PDF-1.4\nrác'))).rejects.toThrow(BadInputError);
  });

  it('reports a picture that is not a paper instead of inventing fields', async () => {
    const blank = { data: new Uint8ClampedArray(600 * 400 * 4).fill(230), width: 600, height: 400 };
    const engine: TextEngine = { recognize: async () => ({ text: 'Bánh mì 15.000đ\nCảm ơn quý khách', confidence: 80 }) };
    const r = await readPaper(blank, { engine, readQr: async () => [] });
    expect(r.docType).toBeNull();
    expect(r.fields).toEqual({});
    expect(r.error).toMatch(/Không nhận ra loại giấy tờ/);
  });

  it('reads the page a second way for printed fields the first reading missed, and only for those', async () => {
    const blank = { data: new Uint8ClampedArray(600 * 400 * 4).fill(230), width: 600, height: 400 };
    const first = 'GIẤY CHỨNG MINH NHÂN DÂN\nSố 180323707\nHọ tên NGUYỄN VĂN AN\nSinh ngày 13-07-1985\nNguyên quán Nghi Long, Nghi Lộc, Nghệ An';
    const psms: (number | undefined)[] = [];
    const engine: TextEngine = {
      recognize: async (_img, opts) => {
        psms.push(opts?.psm);
        const text = opts?.psm === 3 ? `${first}\nNơi ĐKHK thường trú Số 5 Lý Thường Kiệt, Hà Nội\nHọ tên SAI KHÁC` : first;
        return { text, confidence: 85 };
      },
    };
    const r = await readPaper(blank, { engine, readQr: async () => [] });
    expect(r.docType).toBe('cmnd_front');
    expect(r.fields.placeOfResidence).toBe('Số 5 Lý Thường Kiệt, Hà Nội');
    expect(r.fields.fullName).toBe('NGUYỄN VĂN AN');
    expect(psms).toEqual([undefined, 3]);
  });

  it('stops when cancelled', async () => {
    const img = decodeImage(jpegBytes);
    const ctl = new AbortController();
    ctl.abort();
    const engine: TextEngine = { recognize: async () => ({ text: '', confidence: 0 }) };
    await expect(readPaper(img, { engine, readQr: async () => [] }, { signal: ctl.signal })).rejects.toThrow(/huỷ/);
  });
});

describe('readPaper with tesseract.js and the bundled Vietnamese model', () => {
  let engine: Awaited<ReturnType<typeof createNodeEngine>>;
  beforeAll(async () => {
    engine = await createNodeEngine();
  }, 30_000);
  afterAll(async () => {
    await engine?.close();
  });

  it('reads a 2021 card back: type, number from the checked MRZ, dates and sex', async () => {
    const progress: string[] = [];
    const r = await readPaper(decodeImage(jpegBytes), { engine, readQr: readQrNode }, { onProgress: (stage) => progress.push(stage) });
    expect(ocrResultSchema.parse(r)).toBeTruthy();
    expect(r.docType).toBe('cccd_2021_back');
    for (const key of ['idNumber', 'dateOfBirth', 'sex', 'expiryDate', 'issueDate']) expect(r.fields[key], key).toBe(truth.fields[key]);
    expect(r.sources.idNumber).toBe('mrz');
    expect(progress).toContain('ocr');
  }, 30_000);

  it('reads the printed number of a 2024 card front (no QR there) and tells where each value was printed', async () => {
    const front = JSON.parse(readFileSync(fixture('cancuoc_2024_front.json'), 'utf8')) as { fields: Record<string, string> };
    const r = await readPaper(decodeImage(new Uint8Array(readFileSync(fixture('cancuoc_2024_front.jpg')))), { engine, readQr: readQrNode });
    expect(r.docType).toBe('cancuoc_2024_front');
    expect(r.fields).toMatchObject(front.fields);
    expect(r.conflicts).toEqual([]);
    // The number's box sits above the name's, both inside the page.
    const id = r.boxes!.idNumber!;
    const name = r.boxes!.fullName!;
    expect(id.y1).toBeLessThanOrEqual(name.y0 + 0.01);
    for (const b of [id, name]) expect(b.x0 >= 0 && b.x1 <= 1 && b.x0 < b.x1 && b.y0 < b.y1).toBe(true);
  }, 30_000);

  it('reads the 9-digit number of an old CMND from its own box, with digits only', async () => {
    const cmnd = JSON.parse(readFileSync(fixture('cmnd_front.json'), 'utf8')) as { fields: Record<string, string> };
    const r = await readPaper(decodeImage(new Uint8Array(readFileSync(fixture('cmnd_front.jpg')))), { engine, readQr: readQrNode });
    expect(r.docType).toBe('cmnd_front');
    expect(r.fields.oldIdNumber).toBe(cmnd.fields.oldIdNumber);
  }, 30_000);

  it('reads each page of a scanned PDF', async () => {
    const { width, height } = jpeg.decode(jpegBytes);
    const pages = await renderPdfPages(makeJpegPdf([{ jpeg: jpegBytes, width, height }, { jpeg: jpegBytes, width, height }]));
    expect(pages).toHaveLength(2);
    const r = await readPaper(pages[1]!, { engine, readQr: readQrNode });
    expect(r.fields.idNumber).toBe(truth.fields.idNumber);
  }, 30_000);
});

describe('the printed number of a 2024 card front', () => {
  it('is re-read with digits only from the line under its label, even when the page reading of that line is unreadable', async () => {
    const blank = { data: new Uint8ClampedArray(1200 * 760 * 4).fill(230), width: 1200, height: 760 };
    const box = (y: number, x1 = 900) => ({ x0: 380, y0: y, x1, y1: y + 30 });
    const line = (text: string, y: number) => ({ text, confidence: 80, bbox: box(y), words: [{ text, bbox: box(y) }] });
    const page = [
      line('CĂN CƯỚC', 200),
      line('Số định danh cá nhân / Personal identification number:', 320),
      line('/ITHỀỒÓ Ioselsso4läi', 361),
      line('Họ, chữ đệm và tên khai sinh / Surname, middle and given name at birth:', 410),
      line('TRẦN HỒNG NGÂN', 450),
      line('Ngày, tháng, năm sinh / Date of birth: 25/06/1988', 500),
      line('Giới tính / Sex: Nữ Quốc tịch / Nationality: Việt Nam', 550),
    ];
    const engine: TextEngine = {
      recognize: async (_img, opts) =>
        opts?.whitelist === '0123456789' ? { text: '036188394141\n', confidence: 90 } : { text: page.map((l) => l.text).join('\n'), confidence: 80, lines: page },
    };
    const r = await readPaper(blank, { engine, readQr: async () => [] });
    expect(r.docType).toBe('cancuoc_2024_front');
    expect(r.fields.idNumber).toBe('036188394141');
    expect(r.fields.fullName).toBe('TRẦN HỒNG NGÂN');
  });
});
