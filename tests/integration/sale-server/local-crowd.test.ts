import { describe, expect, it } from 'vitest';
import { CommentsMessage, type ServerEventOf } from '../../../src/shared/protocol';
import { TEST_LINEUP, TEST_SHOW, useSaleServers, startedShow } from '../../support/sale-server';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs('sale-server-local-crowd-');
const startServer = useSaleServers();

type Order = ServerEventOf<'order'>;

describe('sale server crowd in its own process', () => {
  it('sells its buys through the intake, each answered, logged and sent to the console once', async () => {
    const { server, producer } = await startedShow(
      startServer(tempDir(), { viewersIntervalMs: 50 }),
    );
    const durianStock = TEST_LINEUP[0].stock;

    const summary = await server.crowd(TEST_SHOW, {
      skus: ['DURIAN', 'COCO'],
      rate: 4000,
      orders: 1200,
      viewers: 90_000,
      batch: true,
    });

    expect(summary).toMatchObject({
      sent: 1200,
      sold: durianStock + 600,
      refusedSoldOut: 600 - durianStock,
      failed: 0,
    });
    const show = server.inspect(TEST_SHOW);
    expect(show.orders).toEqual({
      orders: summary.sold,
      units: summary.sold,
      bySku: { DURIAN: durianStock, COCO: 600 },
    });
    await producer.untilSeq(show.seq);
    const orders = producer.events.filter((event): event is Order => event.type === 'order');
    expect(orders).toHaveLength(summary.sold);
    expect(new Set(orders.map((order) => order.orderId)).size).toBe(summary.sold);
    await producer.until(() => producer.events.some((event) => event.type === 'viewers'));
    expect(producer.events.filter((event) => event.type === 'viewers').at(-1)).toMatchObject({
      count: 90_000,
    });
  });

  it('stops after its seconds with every buy answered, one at a time or a tick at once', async () => {
    const { server } = await startedShow(startServer(tempDir()));

    for (const batch of [false, true]) {
      const summary = await server.crowd(TEST_SHOW, {
        skus: ['COCO'],
        rate: 2000,
        seconds: 0.2,
        batch,
      });
      expect(summary.sent).toBeGreaterThan(0);
      expect(summary.sent).toBeLessThanOrEqual(400);
      expect(summary.sold + summary.refusedSoldOut + summary.failed).toBe(summary.sent);
      expect(summary.failed).toBe(0);
    }
    const sold = server.inspect(TEST_SHOW).orders.orders;
    expect(sold).toBeGreaterThan(0);
  });

  it('writes its comments to the consoles as the intake relays them', async () => {
    const { server, producer } = await startedShow(startServer(tempDir()), {
      features: ['audience'],
    });
    const relayed = () =>
      producer.audience
        .filter((message) => message.name === 'comments')
        .reduce((sum, message) => sum + CommentsMessage.parse(message.payload).comments.length, 0);

    const summary = await server.crowd(TEST_SHOW, {
      skus: ['COCO'],
      rate: 1000,
      orders: 100,
      comments: { perSecond: 400, seed: 3, products: [{ sku: 'COCO', name: 'Young coconut' }] },
    });

    expect(summary.sold).toBe(100);
    expect(summary.comments).toBeGreaterThan(0);
    await producer.until(() => relayed() === summary.comments);
  });
});
