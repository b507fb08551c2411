import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDigit, parseMrz } from '../../utils/ocr/mrz';

/** Builds the TD1 MRZ of a Vietnamese card the way the issuing system does. */
function buildMrz(id: string, birth: string, sex: 'M' | 'F', expiry: string, surname: string, given: string): string[] {
  const doc = id.slice(3);
  const l1 = `IDVNM${doc}${checkDigit(doc)}${id}<<${checkDigit(id)}`;
  const l2head = `${birth}${checkDigit(birth)}${sex}${expiry}${checkDigit(expiry)}VNM`;
  const composite = checkDigit(`${doc}${checkDigit(doc)}${id}<<${checkDigit(id)}${birth}${checkDigit(birth)}${expiry}${checkDigit(expiry)}`);
  const l2 = l2head.padEnd(29, '<') + composite;
  const l3 = `${surname}<<${given.replace(/ /g, '<')}`.padEnd(30, '<');
  return [l1, l2, l3];
}

describe('ICAO check digits', () => {
  it('computes the 7-3-1 weighted check digit of the ICAO 9303 specimen', () => {
    expect(checkDigit('L898902C3')).toBe(6);
    expect(checkDigit('740812')).toBe(2);
    expect(checkDigit('120415')).toBe(9);
  });
});

describe('parseMrz', () => {
  const lines = buildMrz('001205320702', '050410', 'M', '300410', 'BUI', 'VAN HAI');

  it('reads the 12-digit number, birth date, sex, expiry and name from a clean MRZ', () => {
    expect(lines[0]).toBe('IDVNM2053207027001205320702<<8');
    expect(parseMrz(lines)).toEqual({
      idNumber: '001205320702',
      dateOfBirth: '2005-04-10',
      sex: 'male',
      expiryDate: '2030-04-10',
      surname: 'BUI',
      givenNames: 'VAN HAI',
    });
  });

  it('finds the MRZ among other OCR lines and tolerates spaces and « for <', () => {
    const noisy = ['Ngày, tháng, năm / Date: 19/09/2022', lines[0]!.replace(/</g, '«').replace(/(\d{4})/, '$1 '), lines[1]!, lines[2]!];
    expect(parseMrz(noisy)?.idNumber).toBe('001205320702');
  });

  it('repairs an OCR confusion when the check digits then agree', () => {
    const broken = [lines[0]!.replace('001205320702', '001205820702'), lines[1]!, lines[2]!];
    expect(parseMrz(broken)?.idNumber).toBe('001205320702');
  });

  it('recovers a digit OCR inserted into the 12-digit number from the repeated document number', () => {
    const inserted = ['1' + lines[0]!.replace('7001205320702', '70012053520702'), lines[1]!, lines[2]!];
    expect(parseMrz(inserted)?.idNumber).toBe('001205320702');
  });

  it('drops a character OCR inserted into the dates line, guided by both check digits', () => {
    const inserted = [lines[0]!, lines[1]!.replace('M3004', 'M35004'), lines[2]!];
    expect(parseMrz(inserted)).toMatchObject({ dateOfBirth: '2005-04-10', expiryDate: '2030-04-10' });
  });

  it('takes the expiry from the birthday rule only when the composite check digit confirms it', () => {
    // 1973 holder, card issued in 2021: the expiry is the 60th birthday, 2033-03-24.
    const card = buildMrz('079073082922', '730324', 'M', '330324', 'LE', 'BAO DAT');
    const damaged = [card[0]!, card[1]!.replace('3303241', '3803X41'), card[2]!];
    expect(parseMrz(damaged)?.expiryDate).toBe('2033-03-24');
    const noComposite = [card[0]!, card[1]!.replace('3303241', '3803X41').slice(0, 29) + '?', card[2]!];
    expect(parseMrz(noComposite)?.expiryDate).toBe('');
  });

  it('rejects lines whose check digits cannot be satisfied', () => {
    expect(parseMrz(['IDVNM1234567890123456789012<<0', 'XXXXXXXXXX', 'A<<B'])).toBeUndefined();
    expect(parseMrz(['nothing here'])).toBeUndefined();
  });

  it('recovers a number shifted by characters inserted after VNM and a birth/expiry line with an inserted and a misread digit', () => {
    const r = parseMrz(['1DVNM0O0850346646036085034664<<1', '85055305M2505503VNM<<<<<<<<<<<4', 'NGUYEN<<DINH<CUONG<<<<<<<<<<<<']);
    expect(r).toMatchObject({ idNumber: '036085034664', dateOfBirth: '1985-05-30', sex: 'male', expiryDate: '2025-05-30' });
  });

  it('restores a digit OCR dropped before the nationality (a leading 7 read as a quote mark)', () => {
    const r = parseMrz(['1DVNM17090728060791 70907280<<6ó', '“002025F5002027VNM<<<<<<<<<<<4', 'NGUYEN<<PHUONG<LINH<<<<<<<<<<<']);
    expect(r).toMatchObject({ idNumber: '079170907280', dateOfBirth: '1970-02-02', sex: 'female', expiryDate: '2030-02-02' });
  });

  it('repairs a digit inserted inside the number run of line 1, and two characters inserted in line 2', () => {
    expect(parseMrz(['1DVNM50561306570795305613065<<7', '0507277F3007273VNM<<<<<<<<<<<6', 'BUI<<THI<NGUYET<<<<<<<<<<<<<<<'])).toMatchObject({
      idNumber: '079305613065',
      dateOfBirth: '2005-07-27',
      expiryDate: '2030-07-27',
    });
    expect(parseMrz(['1DVNM0730829221079073082922<<1', '7303249MW35303241VNM<<<<<<<<<<<2'])).toMatchObject({ idNumber: '079073082922', dateOfBirth: '1973-03-24', expiryDate: '2033-03-24' });
  });

  it('round-trips any valid card (property)', () => {
    const province = fc.constantFrom('001', '079', '048', '038', '056');
    fc.assert(
      fc.property(province, fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 999999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), (prov, century, yy, serial, mm, dd) => {
        const year = 1900 + Math.floor(century / 2) * 100 + yy;
        fc.pre(year <= 2024 && year >= 1930);
        const id = `${prov}${century}${String(yy).padStart(2, '0')}${String(serial).padStart(6, '0')}`;
        const birth = `${String(yy).padStart(2, '0')}${String(mm).padStart(2, '0')}${String(dd).padStart(2, '0')}`;
        const expYear = Math.min(99, (year + 25) % 100);
        const expiry = `${String(expYear).padStart(2, '0')}${birth.slice(2)}`;
        const sex = century % 2 === 0 ? 'M' : 'F';
        const r = parseMrz(buildMrz(id, birth, sex, expiry, 'NGUYEN', 'VAN A'));
        expect(r?.idNumber).toBe(id);
        expect(r?.dateOfBirth).toBe(`${year}-${birth.slice(2, 4)}-${birth.slice(4, 6)}`);
        expect(r?.sex).toBe(sex === 'M' ? 'male' : 'female');
      }),
      { numRuns: 150 },
    );
  });
});
