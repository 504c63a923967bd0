import { describe, expect, it } from 'vitest';
import { checklistOf } from '../../../src/main/core/rehearsal/go-live/checklist';
import type { ProbeResult } from '../../../src/main/core/rehearsal/go-live/server-probe';
import type { LineupProduct, ProductState } from '../../../src/shared/protocol';

const lineup: LineupProduct[] = [
  { sku: 'A', name: 'A', priceMinor: 100, currency: 'CNY', stock: 50 },
  { sku: 'B', name: 'B', priceMinor: 100, currency: 'CNY', stock: 20 },
];

function product(sku: string, stock: number, sold = 0): ProductState {
  return { sku, name: sku, priceMinor: 100, currency: 'CNY', stock, sold, flashSale: null };
}

function welcome(
  products: ProductState[],
  state: 'planned' | 'live' | 'ended' = 'planned',
): ProbeResult {
  return {
    type: 'welcome',
    welcome: {
      protocolVersion: 1,
      serverTime: 1,
      showId: 'show-1',
      state,
      seq: 0,
      snapshot: { products, pin: { sku: null, until: null }, viewers: 0 },
    },
  };
}

const statuses = (probe: ProbeResult) =>
  checklistOf(probe, lineup, 'show-1').items.map((item) => `${item.id}:${item.status}`);

describe('checklistOf', () => {
  it('passes for a matching show, and for an empty planned one the console will fill', () => {
    expect(
      checklistOf(welcome([product('A', 50), product('B', 15, 5)], 'live'), lineup, 'show-1').ok,
    ).toBe(true);
    expect(checklistOf(welcome([]), lineup, 'show-1').ok).toBe(true);
  });

  it('fails the lineup on missing or extra SKUs and different stock', () => {
    const result = checklistOf(welcome([product('A', 40), product('C', 1)]), lineup, 'show-1');
    expect(result.ok).toBe(false);
    const item = result.items.find((entry) => entry.id === 'lineup');
    expect(item?.status).toBe('failed');
    expect(item?.detail).toMatch(/not on the server: B/);
    expect(item?.detail).toMatch(/only on the server: C/);
    expect(item?.detail).toMatch(/A \(lineup 50, server 40\)/);
  });

  it('stops at the first failure and skips the rest', () => {
    expect(statuses({ type: 'unreachable', reason: 'ECONNREFUSED' })).toEqual([
      'server_reachable:failed',
      'token_valid:skipped',
      'show_found:skipped',
      'lineup:skipped',
    ]);
    expect(statuses({ type: 'refused', refusal: { code: 'bad_token', message: 'no' } })).toEqual([
      'server_reachable:ok',
      'token_valid:failed',
      'show_found:skipped',
      'lineup:skipped',
    ]);
    expect(statuses({ type: 'refused', refusal: { code: 'unknown_show', message: 'no' } })).toEqual(
      ['server_reachable:ok', 'token_valid:ok', 'show_found:failed', 'lineup:skipped'],
    );
  });

  it('fails a show that has ended on the server', () => {
    expect(statuses(welcome([product('A', 0, 50), product('B', 0, 20)], 'ended'))).toContain(
      'show_found:failed',
    );
  });

  it('gives each detail as a code with parameters next to the English text', () => {
    const result = checklistOf(welcome([product('A', 40), product('C', 1)]), lineup, 'show-1');
    expect(result.items.map((item) => item.code)).toEqual([
      'server_answered',
      'token_accepted',
      'show_ready',
      'lineup_differs',
    ]);
    expect(result.items[2]).toMatchObject({
      params: { serverShowId: 'show-1', state: 'planned' },
      detail: 'The show show-1 is planned on the server',
    });
    expect(result.items[3].params).toEqual({
      missing: { skus: ['B'], total: 1 },
      extra: { skus: ['C'], total: 1 },
      stock: [{ sku: 'A', lineup: 50, server: 40 }],
      stockTotal: 1,
    });
    const refused = checklistOf(
      { type: 'refused', refusal: { code: 'bad_token', message: 'no such token' } },
      lineup,
      'show-1',
    );
    expect(refused.items.map((item) => [item.code, item.params])).toEqual([
      ['server_answered', {}],
      ['token_refused', { message: 'no such token' }],
      ['not_checked', { because: 'token_refused' }],
      ['not_checked', { because: 'token_refused' }],
    ]);
    expect(refused.items[2].detail).toBe('Not checked: the token was refused');
  });

  it('names the first five SKUs of a long difference and counts the rest', () => {
    const many: LineupProduct[] = Array.from({ length: 8 }, (_, i) => ({
      sku: `S${i}`,
      name: `S${i}`,
      priceMinor: 100,
      currency: 'CNY',
      stock: 10,
    }));
    const item = checklistOf(welcome([product('X', 1)]), many, 'show-1').items[3];
    expect(item.code).toBe('lineup_differs');
    if (item.code !== 'lineup_differs') return;
    expect(item.params.missing).toEqual({ skus: ['S0', 'S1', 'S2', 'S3', 'S4'], total: 8 });
    expect(item.detail).toBe(
      'not on the server: S0, S1, S2, S3, S4 and 3 more; only on the server: X',
    );
  });
});
