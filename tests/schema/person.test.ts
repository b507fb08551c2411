import { describe, expect, it } from 'vitest';
import { personFieldsSchema } from '../../utils/schema';

describe('person schema', () => {
  it('accepts a full record in canonical keys and normalises text', () => {
    const p = personFieldsSchema.parse({
      idNumber: ' 001089012345 ',
      fullName: '  Nguye\u0302\u0303n   Văn An ',
      dateOfBirth: '1989-03-15',
      sex: 'male',
      phone: '0912 345 678',
      email: '',
    });
    expect(p.idNumber).toBe('001089012345');
    expect(p.fullName).toBe('Nguyễn Văn An');
    expect(p.fullName).toBe(p.fullName.normalize('NFC'));
    expect(p.phone).toBe('0912345678');
    expect(p.email).toBeUndefined();
  });

  it('refuses a number that is not 12 digits, with a Vietnamese reason', () => {
    const r = personFieldsSchema.safeParse({ idNumber: '12345', fullName: 'A' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toContain('12 chữ số');
  });

  it('refuses dates that do not exist and sexes outside male/female', () => {
    expect(personFieldsSchema.safeParse({ idNumber: '001089012345', fullName: 'A', dateOfBirth: '1989-02-30' }).success).toBe(false);
    expect(personFieldsSchema.safeParse({ idNumber: '001089012345', fullName: 'A', sex: 'Nam' }).success).toBe(false);
  });

  it('requires a name', () => {
    expect(personFieldsSchema.safeParse({ idNumber: '001089012345', fullName: '   ' }).success).toBe(false);
  });
});
