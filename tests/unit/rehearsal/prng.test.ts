import { describe, expect, it } from 'vitest';
import { Prng } from '../../../src/shared/random/prng';

const draw = (prng: Prng, n: number) => Array.from({ length: n }, () => prng.next());

describe('Prng', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    expect(draw(new Prng(42), 100)).toEqual(draw(new Prng(42), 100));
    expect(draw(new Prng(42), 100)).not.toEqual(draw(new Prng(43), 100));
  });

  it('stays in [0, 1)', () => {
    for (const value of draw(new Prng(7), 10_000)) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });

  it('draws Poisson counts around their mean, small and large', () => {
    const prng = new Prng(1);
    for (const mean of [0.5, 4, 250]) {
      const counts = Array.from({ length: 4000 }, () => prng.poisson(mean));
      const average = counts.reduce((sum, count) => sum + count, 0) / counts.length;
      expect(Math.abs(average - mean)).toBeLessThan(Math.max(0.1, mean * 0.05));
      expect(counts.every((count) => Number.isInteger(count) && count >= 0)).toBe(true);
    }
    expect(prng.poisson(0)).toBe(0);
    expect(prng.poisson(-3)).toBe(0);
  });

  it('picks indexes by weight', () => {
    const prng = new Prng(3);
    const picks = [0, 0, 0];
    for (let i = 0; i < 10_000; i++) picks[prng.weighted([0.7, 0.2, 0.1])] += 1;
    expect(picks[0]).toBeGreaterThan(picks[1]);
    expect(picks[1]).toBeGreaterThan(picks[2]);
    expect(picks[2]).toBeGreaterThan(500);
  });
});
