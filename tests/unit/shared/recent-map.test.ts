import { describe, expect, it } from 'vitest';
import { RecentMap } from '../../../src/shared/collections/recent-map';

describe('RecentMap', () => {
  it('keeps at least the newest `limit` entries and at most twice as many, oldest dropped first', () => {
    const recent = new RecentMap<string, number>(3);
    for (let i = 1; i <= 7; i++) recent.set(`c${i}`, i);
    expect(recent.size).toBeGreaterThanOrEqual(3);
    expect(recent.size).toBeLessThanOrEqual(6);
    expect(recent.get('c1')).toBeUndefined();
    expect([5, 6, 7].map((i) => recent.get(`c${i}`))).toEqual([5, 6, 7]);
    expect(recent.newest(2)).toEqual([6, 7]);
    expect(recent.newest(3)).toEqual([5, 6, 7]);
    recent.set('c5', 50);
    expect(recent.newest(3)).toEqual([50, 6, 7]);
  });

  it('keeps the newest entries over many times its limit of inserts', () => {
    const limit = 1000;
    const recent = new RecentMap<string, number>(limit);
    for (let i = 0; i < 10_500; i++) recent.set(`c${i}`, i);
    expect(recent.size).toBeLessThanOrEqual(2 * limit);
    expect(recent.get('c7999')).toBeUndefined();
    expect(recent.get('c9500')).toBe(9500);
    expect(recent.newest(limit)).toEqual(Array.from({ length: limit }, (_, i) => 9500 + i));
  });
});
