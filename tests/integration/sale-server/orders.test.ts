import Database from 'better-sqlite3';
import { io } from 'socket.io-client';
import { describe, expect, it } from 'vitest';
import { runCrowd } from '../../../src/sale-server/crowd';
import { BuyAck, INTAKE_NAMESPACE, type ServerEventOf } from '../../../src/shared/protocol';
import { TEST_SHOW, TEST_TOKEN, useSaleServers, startedShow } from '../../support/sale-server';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs('sale-server-');
const startServer = useSaleServers();

type Order = ServerEventOf<'order'>;

describe('sale server order intake', () => {
  it('sells exactly the last 100 units to 8 racing crowd clients, never below zero', async () => {
    const { server, producer, crowd } = await startedShow(
      startServer(tempDir(), {
        shows: [
          {
            showId: TEST_SHOW,
            products: [
              { sku: 'DURIAN', name: 'Durian', priceMinor: 19_900, currency: 'CNY', stock: 100 },
            ],
          },
        ],
      }),
    );

    const summary = await crowd({
      skus: ['DURIAN'],
      rate: Infinity,
      clients: 8,
      window: 16,
      orders: 800,
    });

    expect(summary).toMatchObject({ sent: 800, sold: 100, refusedSoldOut: 700, failed: 0 });
    const show = server.inspect(TEST_SHOW);
    expect(show.snapshot.products[0]).toMatchObject({ stock: 0, sold: 100 });
    expect(show.orders).toEqual({ orders: 100, units: 100, bySku: { DURIAN: 100 } });

    await producer.untilSeq(show.seq);
    const orders = producer.events.filter((event): event is Order => event.type === 'order');
    expect(orders).toHaveLength(100);
    orders.forEach((order, index) => expect(order.stock).toBe(99 - index));
    expect(new Set(orders.map((order) => order.orderId)).size).toBe(100);

    await server.close();
    const ledger = new Database(server.ledgerFile, { readonly: true });
    try {
      const total = ledger
        .prepare('SELECT COUNT(*) AS orders, SUM(qty) AS units FROM orders WHERE show_id = ?')
        .get(TEST_SHOW);
      const stock = ledger.prepare('SELECT stock, sold FROM products WHERE sku = ?').get('DURIAN');
      expect(total).toEqual({ orders: 100, units: 100 });
      expect(stock).toEqual({ stock: 0, sold: 100 });
    } finally {
      ledger.close();
    }
  });

  it('refuses orders before the show is live, for unknown SKUs and malformed buys', async () => {
    const { server, console: connect } = await startServer(tempDir());
    const viewer = io(`${server.url}${INTAKE_NAMESPACE}`, {
      transports: ['websocket'],
      forceNew: true,
      auth: { token: TEST_TOKEN, showId: TEST_SHOW },
    });
    const buy = async (payload: unknown) =>
      BuyAck.parse(await viewer.timeout(5000).emitWithAck('buy', payload));
    try {
      expect(await buy({ sku: 'COCO', qty: 1, buyerId: 'v1' })).toEqual({
        status: 'refused',
        reason: 'show_not_live',
      });
      const producer = await connect();
      await producer.command({ type: 'startShow', commandId: 'start' });
      expect(await buy({ sku: 'KIWI', qty: 1, buyerId: 'v1' })).toEqual({
        status: 'refused',
        reason: 'unknown_sku',
      });
      expect(await buy({ sku: 'COCO', qty: 0, buyerId: 'v1' })).toEqual({
        status: 'refused',
        reason: 'invalid',
      });
      expect(await buy({ sku: 'COCO', qty: 3, buyerId: 'v1' })).toMatchObject({
        status: 'sold',
        priceMinor: 1200,
      });
      expect(server.inspect(TEST_SHOW).orders.units).toBe(3);
    } finally {
      viewer.disconnect();
    }
  });

  it("answers a buys message with each buy's ack in order, a malformed buy refused alone", async () => {
    const { server } = await startedShow(startServer(tempDir()));
    const viewer = io(`${server.url}${INTAKE_NAMESPACE}`, {
      transports: ['websocket'],
      forceNew: true,
      auth: { token: TEST_TOKEN, showId: TEST_SHOW },
    });
    try {
      const raw: unknown = await viewer.timeout(5000).emitWithAck('buys', {
        buys: [
          { sku: 'COCO', qty: 2, buyerId: 'v1' },
          { sku: 'COCO', qty: 0, buyerId: 'v2' },
          { sku: 'KIWI', qty: 1, buyerId: 'v3' },
          { sku: 'RICE', qty: 301, buyerId: 'v4' },
          { sku: 'RICE', qty: 1, buyerId: 'v5' },
        ],
      });
      const answers = BuyAck.array().parse(raw);
      expect(answers).toMatchObject([
        { status: 'sold', priceMinor: 1200 },
        { status: 'refused', reason: 'invalid' },
        { status: 'refused', reason: 'unknown_sku' },
        { status: 'refused', reason: 'sold_out' },
        { status: 'sold', priceMinor: 6900 },
      ]);
      expect(server.inspect(TEST_SHOW).orders).toMatchObject({
        orders: 2,
        units: 3,
        bySku: { COCO: 2, RICE: 1 },
      });
      expect(await viewer.timeout(5000).emitWithAck('buys', { buys: [] })).toEqual({
        status: 'refused',
        reason: 'invalid',
      });
    } finally {
      viewer.disconnect();
    }
  });

  it("sells every order of a crowd that sends each tick's buys in one message", async () => {
    const { server, crowd } = await startedShow(startServer(tempDir()));
    const summary = await crowd({
      skus: ['COCO', 'RICE'],
      rate: 2000,
      orders: 400,
      clients: 3,
      batch: true,
    });
    expect(summary).toMatchObject({ sent: 400, sold: 400, failed: 0 });
    expect(server.inspect(TEST_SHOW).orders).toEqual({
      orders: 400,
      units: 400,
      bySku: { COCO: 200, RICE: 200 },
    });
  });

  it('refuses a viewer with a bad intake token', async () => {
    const { server } = await startServer(tempDir());
    await expect(
      runCrowd({
        url: server.url,
        token: 'wrong',
        showId: TEST_SHOW,
        skus: ['COCO'],
        rate: 10,
        orders: 1,
        clients: 1,
      }),
    ).rejects.toThrow(/bad_token/);
  });

  it('enforces a flash sale cap and ends the flash sale by itself', async () => {
    const { server, producer, crowd } = await startedShow(startServer(tempDir()));
    const flash = await producer.command({
      type: 'flashSale',
      commandId: 'flash-1',
      sku: 'COCO',
      priceMinor: 600,
      unitCap: 5,
      seconds: 600,
    });
    expect(flash.status).toBe('applied');
    expect(
      await producer.command({
        type: 'flashSale',
        commandId: 'flash-again',
        sku: 'COCO',
        priceMinor: 500,
        unitCap: 5,
        seconds: 600,
      }),
    ).toMatchObject({ reason: { code: 'flash_sale_active' } });

    await crowd({ skus: ['COCO'], rate: Infinity, clients: 1, window: 1, orders: 8 });

    await producer.untilSeq(server.inspect(TEST_SHOW).seq);
    const afterFlash = producer.events.filter((event) => event.seq > (flash.seq ?? 0));
    expect(afterFlash.map((event) => event.type)).toEqual([
      'order',
      'order',
      'order',
      'order',
      'order',
      'flashSaleEnded',
      'order',
      'order',
      'order',
    ]);
    const prices = afterFlash.flatMap((event) =>
      event.type === 'order' ? [event.priceMinor] : [],
    );
    expect(prices).toEqual([600, 600, 600, 600, 600, 1200, 1200, 1200]);
    expect(afterFlash[5]).toMatchObject({ sku: 'COCO', sold: 5, reason: 'cap' });

    const timed = await producer.command({
      type: 'flashSale',
      commandId: 'flash-2',
      sku: 'RICE',
      priceMinor: 5000,
      unitCap: 100,
      seconds: 1,
    });
    expect(timed.status).toBe('applied');
    await producer.until(() =>
      producer.events.some((event) => event.type === 'flashSaleEnded' && event.sku === 'RICE'),
    );
    expect(producer.events.at(-1)).toMatchObject({
      type: 'flashSaleEnded',
      sku: 'RICE',
      sold: 0,
      reason: 'time',
    });
    expect(server.inspect(TEST_SHOW).snapshot.products[2].flashSale).toBeNull();
  });

  it('refuses an order that would take a flash sale past its cap', async () => {
    const { server, producer, crowd } = await startedShow(startServer(tempDir()));
    await producer.command({
      type: 'flashSale',
      commandId: 'flash',
      sku: 'DURIAN',
      priceMinor: 9_900,
      unitCap: 3,
      seconds: 600,
    });
    const summary = await crowd({
      skus: ['DURIAN'],
      rate: Infinity,
      clients: 1,
      window: 1,
      qty: 2,
      orders: 2,
    });
    expect(summary).toMatchObject({ sold: 1, refused: { flash_cap: 1 } });
    expect(server.inspect(TEST_SHOW).snapshot.products[0].flashSale).toMatchObject({ sold: 2 });
  });

  it('turns the audience size the crowd reports into a viewers event', async () => {
    const {
      server,
      console: connect,
      crowd,
    } = await startServer(tempDir(), {
      viewersIntervalMs: 10,
    });
    const producer = await connect();
    await crowd({
      skus: ['COCO'],
      rate: Infinity,
      clients: 1,
      orders: 1,
      viewers: 9_000_000,
    });
    await producer.until(() => producer.events.some((event) => event.type === 'viewers'));
    expect(producer.events.find((event) => event.type === 'viewers')).toMatchObject({
      count: 9_000_000,
    });
    expect(server.inspect(TEST_SHOW).snapshot.viewers).toBe(9_000_000);
  });
});
