import { describe, expect, it } from 'vitest';
import { fitScale } from './fit-scale.ts';

describe('fitScale', () => {
  it('keeps full size when the content fits', () => {
    expect(fitScale(() => true)).toEqual({ scale: 1, fits: true });
  });
  it('finds the largest scale that fits, within the bisection’s precision', () => {
    const result = fitScale((s) => s <= 0.6, 10);
    expect(result.fits).toBe(true);
    expect(result.scale).toBeLessThanOrEqual(0.6);
    expect(result.scale).toBeGreaterThan(0.6 - 1 / 1024);
  });
  it('reports that nothing fits at the floor', () => {
    expect(fitScale(() => false)).toEqual({ scale: 0, fits: false });
  });
  it('leaves the content at the scale it returns', () => {
    let applied = -1;
    const result = fitScale((s) => {
      applied = s;
      return s <= 0.3;
    });
    expect(applied).toBe(result.scale);
  });
});
