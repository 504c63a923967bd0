import { describe, expect, it } from 'vitest';
import { paceBurstiness } from '../../../bench/support/order-pace';

describe('paceBurstiness', () => {
  it('is 1 for orders at an even pace', () => {
    const ats = Array.from({ length: 5000 }, (_, i) => 1_000 + Math.floor(i / 5));
    expect(paceBurstiness(ats)).toBe(1);
  });

  it('grows with orders sent in bursts, as a crowd that gets the CPU only now and then', () => {
    // 5,000 orders a second for a second, all of each 50 ms sent in its first 10 ms window.
    const ats = Array.from({ length: 5000 }, (_, i) => 1_000 + Math.floor(i / 250) * 50);
    expect(paceBurstiness(ats)).toBeCloseTo(5, 0);
  });

  it('is 0 for no orders', () => {
    expect(paceBurstiness([])).toBe(0);
  });
});
