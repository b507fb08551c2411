import { describe, expect, it } from 'vitest';
import { locateFields } from '../../utils/ocr/boxes';
import type { OcrLine } from '../../utils/ocr/types';

/** A line of words laid out left to right, 10 px per character, 20 px high. */
function line(y: number, text: string): OcrLine {
  let x = 0;
  const words = text.split(' ').map((w) => {
    const bbox = { x0: x, y0: y, x1: x + w.length * 10, y1: y + 20 };
    x += (w.length + 1) * 10;
    return { text: w, bbox };
  });
  return { text, confidence: 90, bbox: { x0: 0, y0: y, x1: x, y1: y + 20 }, words };
}

const page = { width: 1000, height: 500 };

describe('where each value was printed', () => {
  const lines = [
    line(0, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'),
    line(100, 'Họ và tên: NGUYỄN VĂN AN'),
    line(140, 'Ngày sinh: 15/08/1990 Giới tính: Nam'),
    line(180, 'Nơi thường trú: Thôn 3, Xã Hòa Phú,'),
    line(220, 'Huyện Hòa Vang, Đà Nẵng'),
  ];

  it('boxes the value words, not the label', () => {
    const b = locateFields({ fullName: 'NGUYỄN VĂN AN' }, lines, page).boxes.fullName!;
    expect(b.y0).toBeCloseTo(0.2);
    expect(b.x0).toBeCloseTo(0.11); // after "Họ và tên: "
  });

  it('finds ISO dates as printed and sex only on its labelled line', () => {
    const { boxes } = locateFields({ dateOfBirth: '1990-08-15', sex: 'male' }, lines, page);
    expect(boxes.dateOfBirth!.y0).toBeCloseTo(140 / 500);
    expect(boxes.sex!.y0).toBeCloseTo(140 / 500);
  });

  it('spans a wrapped address over both lines', () => {
    const b = locateFields({ placeOfResidence: 'Thôn 3, Xã Hòa Phú, Huyện Hòa Vang, Đà Nẵng' }, lines, page).boxes.placeOfResidence!;
    expect(b.y0).toBeCloseTo(180 / 500);
    expect(b.y1).toBeCloseTo(240 / 500);
  });

  it("takes each field's confidence from its own line", () => {
    const blurred = [line(100, 'Họ và tên: NGUYỄN VĂN AN'), { ...line(140, 'Ngày sinh: 15/08/1990'), confidence: 40 }];
    expect(locateFields({ fullName: 'NGUYỄN VĂN AN', dateOfBirth: '1990-08-15' }, blurred, page).confidence).toEqual({ fullName: 0.9, dateOfBirth: 0.4 });
  });

  it('gives no box for a value that is not on the page', () => {
    expect(locateFields({ fullName: 'TRẦN THỊ BÍCH' }, lines, page).boxes).toEqual({});
  });
});
