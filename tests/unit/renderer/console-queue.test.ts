import { describe, expect, it } from 'vitest';
import type { OnAirPoint } from '../../../src/shared/model/onair';
import { nextSlot, pinSecondsLeft } from '../../../src/renderer/src/live-console/logic/next-slot';
import {
  inOrder,
  queueRows,
  rowView,
  samePoints,
  visibleRows,
  type QueueRow,
} from '../../../src/renderer/src/live-console/logic/queue-view';

const products = [
  { id: 1, sku: 'A' },
  { id: 2, sku: 'B' },
  { id: 3, sku: 'C' },
  { id: 4, sku: 'D' },
];

describe('the slot to arm next', () => {
  const stock: Record<string, number> = { A: 5, B: 0, C: 7, D: 3 };
  const stockOf = (sku: string) => stock[sku] ?? 0;

  it('is the first product in stock after the pinned one, or from the top', () => {
    expect(nextSlot(products, null, stockOf)?.sku).toBe('A');
    expect(nextSlot(products, 'A', stockOf)?.sku).toBe('C');
    expect(nextSlot(products, 'C', stockOf)?.sku).toBe('D');
  });

  it('is none after the last product, and never the pinned one itself', () => {
    expect(nextSlot(products, 'D', stockOf)).toBeNull();
    expect(nextSlot([{ id: 1, sku: 'A' }], 'A', stockOf)).toBeNull();
  });

  it('starts from the top when the pinned product is not in the lineup', () => {
    expect(nextSlot(products, 'Z', stockOf)?.sku).toBe('A');
  });
});

describe('the seconds left of a timed pin', () => {
  it('rounds up, is at least 1, and is null for a pin without end', () => {
    expect(pinSecondsLeft(10_000, 0)).toBe(10);
    expect(pinSecondsLeft(10_001, 0)).toBe(11);
    expect(pinSecondsLeft(10_000, 12_000)).toBe(1);
    expect(pinSecondsLeft(null, 0)).toBeNull();
  });
});

function point(id: number, productId: number | null, done = false): OnAirPoint {
  return {
    id,
    productId,
    plannedSeconds: 30,
    done,
    templateHost: `host {left} ${id}`,
    templateAudience: `audience ${id}`,
    valuesSku: productId === null ? null : `SKU-${productId}`,
  };
}

const rows: QueueRow[] = queueRows([
  point(1, null),
  point(2, 10),
  point(3, 20, true),
  point(4, 30),
]);

describe('the talking-point queue', () => {
  it('shows each point by its host text, filled from the live row its product names', () => {
    expect(rows[2]).toEqual({
      id: 3,
      productId: 20,
      template: 'host {left} 3',
      valuesSku: 'SKU-20',
      done: true,
    });
  });

  it('tells a queue whose marks changed from one whose points or their products changed', () => {
    const marked = rows.map((row) => (row.id === 2 ? { ...row, done: true } : row));
    expect(samePoints(rows, marked)).toBe(true);
    expect(samePoints(rows, rows.slice(1))).toBe(false);
    expect(samePoints(rows, [...rows].reverse())).toBe(false);
    const pinned = rows.map((row) => (row.id === 1 ? { ...row, valuesSku: 'SKU-10' } : row));
    expect(samePoints(rows, pinned)).toBe(false);
  });

  it('gives each listed point its text, its product and marks, and none for a point gone', () => {
    const queue = [point(1, null), point(2, 10), point(3, 20, true)];
    const view = (template: string, valuesSku: string | null, done: boolean, current: boolean) => ({
      template,
      valuesSku,
      done,
      current,
    });
    expect(rowView(queue, 2, 2)).toEqual(view('host {left} 2', 'SKU-10', false, true));
    expect(rowView(queue, 2, 3)).toEqual(view('host {left} 3', 'SKU-20', true, false));
    expect(rowView(queue, null, 1)).toEqual(view('host {left} 1', null, false, false));
    expect(rowView(queue, 2, 9)).toBeNull();
  });

  it('on air, lists the show points and those of the pinned and current products', () => {
    expect(visibleRows(rows, 'onAir', 10, 30).map((row) => row.id)).toEqual([1, 2, 4]);
    expect(visibleRows(rows, 'onAir', null, null).map((row) => row.id)).toEqual([1]);
    expect(visibleRows(rows, 'all', null, null).map((row) => row.id)).toEqual([1, 2, 3, 4]);
  });

  it('applies an optimistic reorder to the named rows, keeping the others in place', () => {
    expect(inOrder(rows, null).map((row) => row.id)).toEqual([1, 2, 3, 4]);
    expect(inOrder(rows, [4, 2]).map((row) => row.id)).toEqual([1, 4, 3, 2]);
    expect(inOrder(rows, [3, 1, 2, 4]).map((row) => row.id)).toEqual([3, 1, 2, 4]);
    expect(inOrder(rows, [99, 2]).map((row) => row.id)).toEqual([1, 2, 3, 4]);
  });
});
