import { describe, expect, it } from 'vitest';
import { extractFields } from '../../utils/ocr/extract';
import { toLines } from '../../utils/ocr/text';

describe('2021 card front expiry', () => {
  it('is the later date on the holder\'s birthday when OCR misread its label and its slash', () => {
    const text = 'Họ và tên / Full name\nNGUYỄN BÍCH NHUNG\nNgày sinh / Date of birth: 22/01/1993\nCó gá mi đến ¦ TP. Vinh, Nghệ An\n2201/2033';
    expect(extractFields('cccd_2021_front', toLines(text)).expiryDate).toBe('2033-01-22');
  });
});

describe('names after a bilingual label that OCR split over two lines', () => {
  it('skip the English half and take the first line that reads as a Vietnamese name', () => {
    const text = 'CĂN CƯỚC\nSố định danh cá nhân / Personal identification number:\n001090012345\nHọ, chữ đệm và tên khai sinh / Surnome,\nmiddle and given name at birth:\nHOÀNG MẠNH ĐẠT\nNgày, tháng, năm sinh / Date of birth: 01/02/1990';
    expect(extractFields('cancuoc_2024_front', toLines(text)).fullName).toBe('HOÀNG MẠNH ĐẠT');
  });
});

describe('the old ID card (CMND) front photographed on a desk', () => {
  it('takes the number under the title, not digits read from the desk, and the name after a misread "Họ tên"', () => {
    const text = 'Le nen Z2 cm 2xx m2 n2220010072179:2752/050220 Í\n| ¦ GIẤY CHỨNG MINH NHÂN DÂN .\n| ¦ só172569626\nHạ tên PHAN THU UYÊN ¦ |\nSinh ngày 18-08-1987';
    const f = extractFields('cmnd_front', toLines(text));
    expect(f.oldIdNumber).toBe('172569626');
    expect(f.fullName).toBe('PHAN THU UYÊN');
  });
});
