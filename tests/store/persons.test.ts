import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { plainCodec, setCodec } from '../../utils/store/codec';
import { db } from '../../utils/store/db';
import { countPersons, findByIdNumber, searchPersons, updatePerson, upsertPersons } from '../../utils/store/persons';

const people = [
  { idNumber: '001089012345', fullName: 'Nguyễn Văn An', dateOfBirth: '1989-03-15' },
  { idNumber: '048195004321', fullName: 'Trần Thị Bích Ngọc' },
  { idNumber: '038078009876', fullName: 'Lê Đức Thắng' },
  { idNumber: '001201003344', fullName: 'Nguyễn Văn Ánh' },
];

beforeEach(async () => {
  setCodec(plainCodec);
  await db().persons.clear();
  await upsertPersons(people);
});

describe('person search', () => {
  it('finds a name typed without diacritics', async () => {
    expect((await searchPersons('le duc thang')).map((p) => p.fullName)).toEqual(['Lê Đức Thắng']);
    expect((await searchPersons('tran thi bich ngoc')).map((p) => p.fullName)).toEqual(['Trần Thị Bích Ngọc']);
  });

  it('finds a name typed with diacritics, or by the start of words', async () => {
    expect((await searchPersons('Thắng')).map((p) => p.fullName)).toEqual(['Lê Đức Thắng']);
    expect((await searchPersons('nguyen van')).map((p) => p.fullName).sort()).toEqual(['Nguyễn Văn An', 'Nguyễn Văn Ánh']);
  });

  it('finds by the full 12-digit number and by part of it', async () => {
    expect((await searchPersons('048195004321')).map((p) => p.fullName)).toEqual(['Trần Thị Bích Ngọc']);
    expect((await searchPersons('0380'))[0]?.fullName).toBe('Lê Đức Thắng');
  });

  it('finds nothing for a name that is not there', async () => {
    expect(await searchPersons('pham thi')).toEqual([]);
  });
});

describe('person writes', () => {
  it('merges a re-import by number instead of duplicating, keeping known values', async () => {
    const r = await upsertPersons([{ idNumber: '001089012345', fullName: 'Nguyễn Văn An', phone: '0912345678' }]);
    expect(r).toMatchObject({ created: 0, updated: 1 });
    expect(await countPersons()).toBe(4);
    expect(await findByIdNumber('001089012345')).toMatchObject({ dateOfBirth: '1989-03-15', phone: '0912345678' });
  });

  it('writes nothing from a batch that contains an invalid record', async () => {
    await expect(upsertPersons([{ idNumber: '079302001122', fullName: 'Phạm Ngọc Ánh' }, { idNumber: 'x', fullName: '' }])).rejects.toThrow();
    expect(await findByIdNumber('079302001122')).toBeUndefined();
  });

  it('refuses an edit that takes another citizen\'s number', async () => {
    const an = (await findByIdNumber('001089012345'))!;
    await expect(updatePerson(an.id, { idNumber: '048195004321', fullName: 'Nguyễn Văn An' })).rejects.toThrow('công dân khác');
  });
});
