import { io } from 'socket.io-client';
import { describe, expect, it } from 'vitest';
import { BuyAck, INTAKE_NAMESPACE } from '../../../src/shared/protocol';
import { TEST_SHOW, TEST_TOKEN, useSaleServers } from '../../support/sale-server';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs('sale-server-intake-');
const startServer = useSaleServers();

const ORDERS = 600;
const MAX_BATCH = 50;

describe('sale server order intake, turn by turn', () => {
  it('sells a burst one bounded batch per turn of the event loop, in order, each order once', async () => {
    const { server, console: connect } = await startServer(tempDir(), {
      intakeMaxBatch: MAX_BATCH,
    });
    const producer = await connect();
    await producer.command({ type: 'startShow', commandId: 'start' });
    const viewer = io(`${server.url}${INTAKE_NAMESPACE}`, {
      transports: ['websocket'],
      forceNew: true,
      auth: { token: TEST_TOKEN, showId: TEST_SHOW },
    });
    try {
      await new Promise<void>((resolve) => viewer.once('connect', resolve));
      // The server shares this process: sample its sold count once in every turn of the loop.
      let sampling = true;
      let last = server.inspect(TEST_SHOW).orders.orders;
      let mostInOneTurn = 0;
      const sample = () => {
        const now = server.inspect(TEST_SHOW).orders.orders;
        mostInOneTurn = Math.max(mostInOneTurn, now - last);
        last = now;
        if (sampling) setImmediate(sample);
      };
      setImmediate(sample);

      const acks = await Promise.all(
        Array.from(
          { length: ORDERS },
          (_, index) =>
            new Promise<BuyAck>((resolve) =>
              viewer.emit('buy', { sku: 'COCO', qty: 1, buyerId: `v${index}` }, (raw: unknown) =>
                resolve(BuyAck.parse(raw)),
              ),
            ),
        ),
      );
      sampling = false;

      const seqs = acks.map((ack) => (ack.status === 'sold' ? ack.seq : -1));
      expect(seqs.every((seq) => seq > 0)).toBe(true);
      expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
      expect(new Set(acks.map((ack) => (ack.status === 'sold' ? ack.orderId : ''))).size).toBe(
        ORDERS,
      );
      expect(server.inspect(TEST_SHOW).orders.orders).toBe(ORDERS);
      expect(mostInOneTurn).toBeGreaterThan(0);
      expect(mostInOneTurn).toBeLessThanOrEqual(MAX_BATCH);
    } finally {
      viewer.disconnect();
    }
  });
});
