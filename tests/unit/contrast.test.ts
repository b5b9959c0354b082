import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../src/lib/contrast.ts';

describe('contrastRatio (WCAG 2.1)', () => {
  it('black on white is 21, and the order does not matter', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 10);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 10);
  });
  it('equal colours are 1', () => {
    expect(contrastRatio('#777777', '#777777')).toBe(1);
  });
  it('#777 on white is just below AA (≈ 4.48)', () => {
    const r = contrastRatio('#777777', '#ffffff');
    expect(r).toBeCloseTo(4.48, 2);
    expect(r).toBeLessThan(4.5);
  });
  it('known pairs', () => {
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#0000ff', '#ffffff')).toBeCloseTo(8.59, 2);
    expect(contrastRatio('#ff0000', '#ffffff')).toBeCloseTo(4.0, 2);
    expect(contrastRatio('#999999', '#ffffff')).toBeCloseTo(2.85, 2);
  });
  it('accepts upper-case hex', () => {
    expect(contrastRatio('#00457C', '#FFFFFF')).toBeCloseTo(contrastRatio('#00457c', '#ffffff'), 10);
  });
});
