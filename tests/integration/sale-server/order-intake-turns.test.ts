import { describe, expect, it } from 'vitest';
import { buyBurstCountingTurns } from '../../support/intake-turns';
import { TEST_SHOW, useSaleServers, startedShow } from '../../support/sale-server';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs('sale-server-intake-');
const startServer = useSaleServers();

const ORDERS = 600;
const MAX_BATCH = 50;

describe('sale server order intake, turn by turn', () => {
  it('sells a burst one bounded batch per turn of the event loop, in order, each order once', async () => {
    const { server } = await startedShow(
      startServer(tempDir(), {
        intakeMaxBatch: MAX_BATCH,
      }),
    );
    const { acks, mostInOneTurn } = await buyBurstCountingTurns(server, ORDERS, 'COCO');
    const seqs = acks.map((ack) => (ack.status === 'sold' ? ack.seq : -1));
    expect(seqs.every((seq) => seq > 0)).toBe(true);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(new Set(acks.map((ack) => (ack.status === 'sold' ? ack.orderId : ''))).size).toBe(
      ORDERS,
    );
    expect(server.inspect(TEST_SHOW).orders.orders).toBe(ORDERS);
    expect(mostInOneTurn).toBeGreaterThan(0);
    expect(mostInOneTurn).toBeLessThanOrEqual(MAX_BATCH);
  });
});
