import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCrowdOn, type CrowdClient } from '../../../src/sale-server/crowd-run';
import type { Buy, BuyAck } from '../../../src/shared/protocol';

/** A client that answers each buy at once: sold, but sold out after `stock` units. */
function countingClient(stock: number): CrowdClient & { ticks: number[] } {
  let sold = 0;
  const answer = (): BuyAck => {
    if (sold >= stock) return { status: 'refused', reason: 'sold_out' };
    sold += 1;
    return { status: 'sold', orderId: `o-${sold}`, priceMinor: 100, seq: sold };
  };
  const ticks: number[] = [];
  return {
    ticks,
    buy: (_buy: Buy, reply) => {
      ticks.push(1);
      reply(answer());
    },
    buys: (buys, reply) => {
      ticks.push(buys.length);
      reply(buys.map(answer));
    },
  };
}

describe('crowd pacing', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'performance'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('hands each 5 ms tick its share of the rate, evenly, and stops after its seconds', async () => {
    const client = countingClient(Infinity);
    const run = runCrowdOn([client], { skus: ['A'], rate: 10_000, seconds: 1, batch: true });
    await vi.advanceTimersByTimeAsync(1000);
    const summary = await run;

    // The ticks at 5 to 995 ms; the one at 1,000 ms finds the crowd's time up.
    expect(summary).toMatchObject({ sent: 9950, sold: 9950, failed: 0 });
    expect(client.ticks).toHaveLength(199);
    expect(new Set(client.ticks)).toEqual(new Set([50]));
    await vi.advanceTimersByTimeAsync(100);
    expect(client.ticks).toHaveLength(199);
  });

  it('counts every answer: sold, refused as sold out, and none as failed', async () => {
    const silent: CrowdClient = {
      buy: (_buy, reply) => reply(null),
      buys: (buys, reply) => reply(buys.map(() => null)),
    };
    const run = runCrowdOn([countingClient(30), silent], {
      skus: ['A'],
      rate: 20_000,
      orders: 100,
    });
    await vi.advanceTimersByTimeAsync(10);
    const summary = await run;

    expect(summary).toMatchObject({
      sent: 100,
      sold: 30,
      refusedSoldOut: 20,
      refused: { sold_out: 20 },
      failed: 50,
    });
  });
});
