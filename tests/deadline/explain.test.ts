import { describe, expect, it } from 'vitest';
import { computeDue } from '../../utils/deadline/due';

describe('due date explanation', () => {
  it('names the rule, the skipped days as ranges with their reason, and the due time', () => {
    const r = computeDue({ receivedAt: '2026-02-13T10:00:00+07:00', amount: 3 });
    expect(r.due).toBe('2026-02-25T17:00:00+07:00');
    expect(r.skippedDays).toHaveLength(9);
    expect(r.explanation).toContain('Điều 147');
    expect(r.explanation).toContain('14/02/2026–22/02/2026 (Tết Bính Ngọ');
    expect(r.explanation).toContain('Hạn trả: 25/02/2026 lúc 17:00');
  });

  it('explains a receipt after the cut-off and a swapped working Saturday', () => {
    // Friday 9/1/2026 after 15:00 → counts from Saturday 10/1, a decided working day.
    const r = computeDue({ receivedAt: '2026-01-09T15:30:00+07:00', amount: 1, cutoff: '15:00' });
    expect(r.explanation).toContain('Nhận sau 15:00');
    expect(r.countFrom).toBe('2026-01-10');
    expect(r.due).toBe('2026-01-12T17:00:00+07:00');
  });
});
