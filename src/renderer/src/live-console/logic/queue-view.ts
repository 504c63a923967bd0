import type { OnAirPoint } from '../../../../shared/model/onair';

/** Which points the queue panel lists: those on air now (the show's, the pinned product's) or all. */
export type QueueFilter = 'onAir' | 'all';

/** A queue point as its row shows it: its text is filled from the live row of `valuesSku`. */
export interface QueueRow {
  id: number;
  productId: number | null;
  template: string;
  valuesSku: string | null;
  done: boolean;
}

/** What a listed point shows that moves while on air: its text, whose live values, done, current. */
export interface QueueRowView {
  template: string;
  valuesSku: string | null;
  done: boolean;
  current: boolean;
}

/** Each queue's points by id, made once per queue the core sent. */
const pointsById = new WeakMap<readonly OnAirPoint[], Map<number, OnAirPoint>>();

/**
 * What the point `id` shows now, or null when the queue no longer has it: each row of the panel
 * reads its own, so that a live value or the current point changing redraws only the rows it
 * changes, not the list.
 */
export function rowView(
  queue: readonly OnAirPoint[],
  currentId: number | null,
  id: number,
): QueueRowView | null {
  let byId = pointsById.get(queue);
  if (byId === undefined) {
    byId = new Map(queue.map((point) => [point.id, point]));
    pointsById.set(queue, byId);
  }
  const point = byId.get(id);
  return point
    ? {
        template: point.templateHost,
        valuesSku: point.valuesSku,
        done: point.done,
        current: id === currentId,
      }
    : null;
}

export function queueRows(queue: readonly OnAirPoint[]): QueueRow[] {
  return queue.map(({ id, productId, templateHost, valuesSku, done }) => ({
    id,
    productId,
    template: templateHost,
    valuesSku,
    done,
  }));
}

/**
 * Whether two queues list the same points in the same order, filled from the same products (their
 * marks may differ): the rows a render has mounted, told apart from a queue a pin changed.
 */
export function samePoints(a: readonly QueueRow[], b: readonly QueueRow[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (row, index) =>
        row.id === b[index].id &&
        row.productId === b[index].productId &&
        row.valuesSku === b[index].valuesSku,
    )
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
