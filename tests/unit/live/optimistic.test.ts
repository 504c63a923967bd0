import { describe, expect, it } from 'vitest';
import type { LiveCommand, PendingCommand } from '../../../src/shared/model/live';
import { overlayOf } from '../../../src/main/core/live/optimistic';

function pending(commandId: string, command: LiveCommand | null): PendingCommand {
  return {
    commandId,
    kind: command?.type ?? 'upsertLineup',
    command,
    createdAt: 1000,
    attempts: 0,
  };
}

describe('overlayOf', () => {
  it('applies pending commands in the order they were issued', () => {
    const overlay = overlayOf(
      [
        pending('l', null),
        pending('s', { type: 'startShow' }),
        pending('p1', { type: 'pin', sku: 'A', seconds: 30 }),
        pending('r1', { type: 'restock', sku: 'A', units: 5 }),
        pending('r2', { type: 'restock', sku: 'A', units: 7 }),
        pending('$', { type: 'setPrice', sku: 'B', priceMinor: 990 }),
        pending('f', { type: 'flashSale', sku: 'B', priceMinor: 500, unitCap: 10, seconds: 60 }),
        pending('u', { type: 'unpin' }),
      ],
      'C',
    );
    expect(overlay.showState).toBe('live');
    expect(overlay.pin).toEqual({ sku: null, until: null });
    expect(overlay.products.get('A')).toEqual({
      commandIds: ['p1', 'r1', 'r2', 'u'],
      stockDelta: 12,
    });
    expect(overlay.products.get('B')).toEqual({
      commandIds: ['$', 'f'],
      stockDelta: 0,
      priceMinor: 990,
      flashSale: { priceMinor: 500, unitCap: 10, sold: 0, endsAt: 61_000 },
    });
    expect(overlay.products.has('C')).toBe(false);
  });

  it('marks the server-pinned product when an unpin is pending', () => {
    const overlay = overlayOf([pending('u', { type: 'unpin' })], 'C');
    expect(overlay.products.get('C')?.commandIds).toEqual(['u']);
    expect(overlayOf([], 'C')).toEqual({ products: new Map() });
  });
});
