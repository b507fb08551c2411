import { describe, expect, it } from 'vitest';
import { hostPatterns } from '../../utils/fill/hosts';

describe('extra portal hosts', () => {
  it('turns what an officer types into match patterns', () => {
    expect(hostPatterns(['motcua.example.vn', 'https://dvc.example.com.vn/portal/index.aspx', '*.tinh.vn', ' HCC.Example.VN:8080 '])).toEqual([
      '*://*.tinh.vn/*',
      '*://dvc.example.com.vn/*',
      '*://hcc.example.vn/*',
      '*://motcua.example.vn/*',
    ]);
  });
  it('drops invalid entries and hosts the manifest already covers', () => {
    expect(hostPatterns(['', 'not a host', 'javascript:alert(1)', 'dichvucong.gov.vn', '*.gov.vn', '<all_urls>', 'localhost'])).toEqual([]);
  });
});
