import type { ServerEvent } from '../../src/shared/protocol';

/** What a sender needs to make the same order events for every measurement. */
export interface BatchPlan {
  /** The seq the first event follows. */
  fromSeq: number;
  count: number;
  batchSize: number;
  skus: readonly string[];
  /** Every SKU's stock before the first order. */
  stock: number;
  priceMinor: number;
}

/**
 * Order events as a sale server sends them (`events` batches of `batchSize`), the SKUs in turn,
 * one unit each, stock falling and sold rising, stamped with the time the batch is made.
 */
export function* orderBatches(plan: BatchPlan): Generator<{ events: ServerEvent[] }> {
  const sold = plan.skus.map(() => 0);
  for (let first = 0; first < plan.count; first += plan.batchSize) {
    const at = Date.now();
    const events: ServerEvent[] = [];
    for (let i = first; i < Math.min(plan.count, first + plan.batchSize); i++) {
      const index = i % plan.skus.length;
      sold[index] += 1;
      events.push({
        type: 'order',
        seq: plan.fromSeq + i + 1,
        at,
        orderId: `bench-${i + 1}`,
        sku: plan.skus[index],
        qty: 1,
        priceMinor: plan.priceMinor,
        stock: plan.stock - sold[index],
        sold: sold[index],
        buyer: `viewer-${i}`,
      });
    }
    yield { events };
  }
}
