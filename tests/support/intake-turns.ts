import { io } from 'socket.io-client';
import { BuyAck, INTAKE_NAMESPACE } from '../../src/shared/protocol';
import type { SaleServer } from '../../src/sale-server/server';
import { TEST_SHOW, TEST_TOKEN } from './sale-server';

/** What a burst of buys got back, and the most orders the server sold in one turn of the loop. */
export interface BurstResult {
  acks: BuyAck[];
  mostInOneTurn: number;
}

/**
 * Sends `orders` buys of `sku` at once from one viewer of the test show and waits for every
 * acknowledgement, sampling the server's order count once in every turn of the event loop (the
 * server shares this process).
 */
export async function buyBurstCountingTurns(
  server: SaleServer,
  orders: number,
  sku: string,
): Promise<BurstResult> {
  const viewer = io(`${server.url}${INTAKE_NAMESPACE}`, {
    transports: ['websocket'],
    forceNew: true,
    auth: { token: TEST_TOKEN, showId: TEST_SHOW },
  });
  try {
    await new Promise<void>((resolve) => viewer.once('connect', resolve));
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
        { length: orders },
        (_, index) =>
          new Promise<BuyAck>((resolve) =>
            viewer.emit('buy', { sku, qty: 1, buyerId: `v${index}` }, (raw: unknown) =>
              resolve(BuyAck.parse(raw)),
            ),
          ),
      ),
    );
    // The last acks may come in before the sampler's next turn: what that turn sold counts too.
    sampling = false;
    sample();
    return { acks, mostInOneTurn };
  } finally {
    viewer.disconnect();
  }
}
