import type { OnAirPoint } from '../../../../shared/model/onair';

/** Which points the queue panel lists: those on air now (the show's, the pinned product's) or all. */
export type QueueFilter = 'onAir' | 'all';

/** A queue point as its row shows it. */
export interface QueueRow {
  id: number;
  productId: number | null;
  text: string;
  done: boolean;
}

export function queueRows(queue: readonly OnAirPoint[]): QueueRow[] {
  return queue.map(({ id, productId, textHost, done }) => ({
    id,
    productId,
    text: textHost,
    done,
  }));
}

export function sameRows(a: readonly QueueRow[], b: readonly QueueRow[]): boolean {
  return (
    a.length === b.length &&
    a.every((row, index) => {
      const other = b[index];
      return (
        row.id === other.id &&
        row.text === other.text &&
        row.done === other.done &&
        row.productId === other.productId
      );
    })
  );
}

/**
 * Whether two queues list the same points in the same order (their texts and marks may differ):
 * the rows a render has mounted, told apart from a queue a pin changed.
 */
export function samePoints(a: readonly QueueRow[], b: readonly QueueRow[]): boolean {
  return (
    a.length === b.length &&
    a.every((row, index) => row.id === b[index].id && row.productId === b[index].productId)
  );
}

/**
 * The rows the panel lists: with 'onAir', the show's own points and those of the pinned product
 * and of the current point's product; with 'all', every point.
 */
export function visibleRows(
  rows: readonly QueueRow[],
  filter: QueueFilter,
  pinnedProductId: number | null,
  currentProductId: number | null,
): QueueRow[] {
  if (filter === 'all') return [...rows];
  return rows.filter(
    (row) =>
      row.productId === null ||
      row.productId === pinnedProductId ||
      row.productId === currentProductId,
  );
}

/** `rows` in the order `order` gives (an optimistic reorder), the others kept where they were. */
export function inOrder(rows: readonly QueueRow[], order: readonly number[] | null): QueueRow[] {
  if (order === null) return [...rows];
  const byId = new Map(rows.map((row) => [row.id, row]));
  const named = new Set(order);
  const moved = order.flatMap((id) => byId.get(id) ?? []);
  let next = 0;
  return rows.map((row) => (named.has(row.id) ? (moved[next++] ?? row) : row));
}
