import { describe, expect, it } from 'vitest';
import { featuresScore } from '../../utils/ocr/features';
import { rereadFeatures } from '../../utils/ocr/reread-features';
import type { GrayImage } from '../../utils/ocr/preprocess';
import type { TextEngine } from '../../utils/ocr/types';

const card: GrayImage = { data: new Uint8Array(1232 * 789).fill(200), width: 1232, height: 789 };

describe('identifying marks on the 2021 card back', () => {
  it('score a description of marks above OCR debris', () => {
    expect(featuresScore('Sẹo chấm cách 2,5cm trên đuôi mày phải')).toBeGreaterThan(featuresScore('is n sau'));
    expect(featuresScore('cm trên sau dái tai phải')).toBeLessThan(featuresScore('Sẹo chấm C: 2cm trên sau dái tai phải'));
    expect(featuresScore(undefined)).toBeLessThan(featuresScore('-veo'));
  });

  it('are read from the band of a straightened card after the label, however the label wraps', async () => {
    const asked: (number | undefined)[] = [];
    const engine: TextEngine = {
      recognize: async (_img, opts) => {
        asked.push(opts?.psm);
        return { text: 'Đặc điểm nhân dạng / Personal\nidentification:\nSẹo chấm cách 2,5cm trên\nđuôi mày phải\n', confidence: 80 };
      },
    };
    expect(await rereadFeatures(engine, card, [], true, 'mũi')).toBe('Sẹo chấm cách 2,5cm trên đuôi mày phải');
    expect(asked).toEqual([6]);
    // Not a straightened card: the band's place is unknown, the page reading stays.
    expect(await rereadFeatures(engine, card, [], false, 'Nốt ruồi cách 1cm dưới đuôi mắt trái')).toBe('Nốt ruồi cách 1cm dưới đuôi mắt trái');
  });
});
