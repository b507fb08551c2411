import { describe, expect, it } from 'vitest';
import { exportRecipes, parseRecipeFile } from '../../utils/fill/recipe-file';
import type { SiteProfile } from '../../utils/schema';

const profile: SiteProfile = { id: 'r1', origin: 'https://motcua.hanoi.gov.vn', pathPattern: '/hoso/*', fields: [{ selector: '#m7', key: 'phone', role: 'applicant' }], updatedAt: 1 };

describe('recipe files', () => {
  it('round-trips through export and import', () => {
    expect(parseRecipeFile(exportRecipes([profile]))).toEqual({ ok: true, profiles: [profile] });
  });
  it('a bad file is refused whole, with a reason in Vietnamese', () => {
    expect(parseRecipeFile('{nope')).toEqual({ ok: false, error: 'Tệp không phải JSON hợp lệ.' });
    expect(parseRecipeFile(JSON.stringify({ profiles: [profile] }))).toEqual({ ok: false, error: 'Tệp không phải tệp công thức điền của Trợ lý Một cửa.' });
    const unknownKey = JSON.parse(exportRecipes([profile, { ...profile, id: 'r2', fields: [{ selector: '#x', key: 'shoeSize' }] }]));
    expect(parseRecipeFile(JSON.stringify(unknownKey))).toEqual({ ok: false, error: 'Công thức thứ 2 (https://motcua.hanoi.gov.vn) có trường không biết: "shoeSize".' });
    const badOrigin = JSON.parse(exportRecipes([{ ...profile, origin: 'không phải url' }]));
    expect(parseRecipeFile(JSON.stringify(badOrigin))).toMatchObject({ ok: false, error: expect.stringContaining('profiles.0.origin') });
  });
});
