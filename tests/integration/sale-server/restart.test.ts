import { describe, expect, it } from 'vitest';
import { runCrowd } from '../../../src/sale-server/crowd';
import { TEST_SHOW, TEST_TOKEN, useSaleServers } from '../../support/sale-server';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs('sale-server-');
const startServer = useSaleServers();

describe('sale server restart', () => {
  it('keeps stock, seq, the event log and applied command ids across a restart', async () => {
    const dataDir = tempDir();
    const first = await startServer(dataDir);
    const producer = await first.console();
    await producer.command({ type: 'startShow', commandId: 'start' });
    const restock = { type: 'restock', commandId: 'restock-1', sku: 'RICE', units: 25 };
    const applied = await producer.command(restock);
    await runCrowd({
      url: first.server.url,
      token: TEST_TOKEN,
      showId: TEST_SHOW,
      skus: ['RICE'],
      rate: Infinity,
      orders: 40,
    });
    const before = first.server.inspect(TEST_SHOW);
    await first.server.close();

    const second = await startServer(dataDir, { port: first.server.port });
    expect(second.server.inspect(TEST_SHOW)).toEqual(before);
    const again = await second.console({ fromSeq: applied.seq });
    await again.untilSeq(before.seq);
    expect(again.welcome).toMatchObject({ seq: before.seq, state: 'live' });
    expect(again.events.map((event) => event.seq)).toEqual(
      Array.from({ length: before.seq - (applied.seq ?? 0) }, (_, i) => (applied.seq ?? 0) + 1 + i),
    );

    expect(await again.command(restock)).toMatchObject({
      status: 'duplicate',
      original: 'applied',
      seq: applied.seq,
    });
    const next = await again.command({
      type: 'setPrice',
      commandId: 'price',
      sku: 'RICE',
      priceMinor: 5,
    });
    expect(next.seq).toBe(before.seq + 1);
    expect(second.server.inspect(TEST_SHOW).snapshot.products[2]).toMatchObject({
      stock: 300 + 25 - 40,
      sold: 40,
      priceMinor: 5,
    });
  });

  it('ends a timed pin after a restart (its timer is rebuilt from the ledger)', async () => {
    const dataDir = tempDir();
    const first = await startServer(dataDir);
    const producer = await first.console();
    const pin = await producer.command({ type: 'pin', commandId: 'pin', sku: 'COCO', seconds: 1 });
    await first.server.close();

    const second = await startServer(dataDir);
    const again = await second.console({ fromSeq: pin.seq });
    await again.until(
      () =>
        again.welcome?.snapshot.pin.sku === null ||
        again.events.some((event) => event.type === 'pin' && event.sku === null),
    );
    expect(second.server.inspect(TEST_SHOW).snapshot.pin).toEqual({ sku: null, until: null });
  });
});
