import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCrowd } from '../../../src/sale-server/crowd';
import { TEST_SHOW, TEST_TOKEN, useSaleServers } from '../../support/sale-server';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs('sale-server-json-');
const startServer = useSaleServers();
const ORDERS = 300;

/** Whether `value` is an order event or holds one within two levels (a batch, a packet). */
function holdsOrderEvent(value: unknown, depth = 0): boolean {
  if (typeof value !== 'object' || value === null || depth > 3) return false;
  if ((value as { type?: unknown }).type === 'order') return true;
  return Object.values(value).some((inner) => holdsOrderEvent(inner, depth + 1));
}

describe('sale server events on the wire', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('turns each order event into JSON once, for the ledger and both consoles', async () => {
    const { server, console: connect } = await startServer(tempDir());
    const producer = await connect();
    const second = await connect();
    await producer.command({ type: 'startShow', commandId: 'start' });
    const stringify = vi.spyOn(JSON, 'stringify');

    const summary = await runCrowd({
      url: server.url,
      token: TEST_TOKEN,
      showId: TEST_SHOW,
      skus: ['COCO'],
      rate: Infinity,
      clients: 4,
      orders: ORDERS,
    });
    expect(summary.sold).toBe(ORDERS);
    const last = server.inspect(TEST_SHOW).seq;
    await Promise.all([producer.untilSeq(last), second.untilSeq(last)]);

    const orderEvents = (client: typeof producer) =>
      client.events.filter((event) => event.type === 'order');
    expect(orderEvents(producer)).toHaveLength(ORDERS);
    expect(orderEvents(second)).toEqual(orderEvents(producer));
    const encoded = stringify.mock.calls.filter(([value]) => holdsOrderEvent(value));
    expect(encoded).toHaveLength(ORDERS);
  });
});
