import { describe, expect, it } from 'vitest';
import { TEST_SHOW, useSaleServers } from '../../support/sale-server';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs('sale-server-');
const startServer = useSaleServers();

describe('sale server commands', () => {
  it('applies the same command id once: applied, duplicate, duplicate', async () => {
    const { server, console: connect } = await startServer(tempDir());
    const client = await connect();
    const stockBefore = server.inspect(TEST_SHOW).snapshot.products[1].stock;
    const restock = { type: 'restock', commandId: 'restock-coco-1', sku: 'COCO', units: 50 };

    const acks = [
      await client.command(restock),
      await client.command(restock),
      await client.command(restock),
    ];

    expect(acks.map((ack) => ack.status)).toEqual(['applied', 'duplicate', 'duplicate']);
    expect(acks[1]).toMatchObject({ original: 'applied', seq: acks[0].seq });
    expect(acks[2]).toMatchObject({ original: 'applied', seq: acks[0].seq });
    const after = server.inspect(TEST_SHOW);
    expect(after.snapshot.products[1].stock).toBe(stockBefore + 50);
    expect(after.seq).toBe(acks[0].seq);
    await client.untilSeq(after.seq);
    expect(client.events.filter((event) => event.type === 'stock')).toEqual([
      expect.objectContaining({ sku: 'COCO', stock: stockBefore + 50, seq: acks[0].seq }),
    ]);
  });

  it('rejects a restock of an unknown SKU with unknown_sku, and repeats that outcome', async () => {
    const { server, console: connect } = await startServer(tempDir());
    const client = await connect();
    const seqBefore = server.inspect(TEST_SHOW).seq;
    const command = { type: 'restock', commandId: 'restock-ghost', sku: 'GHOST', units: 5 };

    const first = await client.command(command);
    const again = await client.command(command);

    expect(first).toMatchObject({ status: 'rejected', reason: { code: 'unknown_sku' } });
    expect(first.seq).toBeUndefined();
    expect(again).toMatchObject({
      status: 'duplicate',
      original: 'rejected',
      reason: { code: 'unknown_sku' },
    });
    expect(server.inspect(TEST_SHOW).seq).toBe(seqBefore);
  });

  it('answers malformed commands with an invalid ack, logs them and changes nothing', async () => {
    const { server, logs, console: connect } = await startServer(tempDir());
    const client = await connect();
    const before = server.inspect(TEST_SHOW);
    const malformed: unknown[] = [
      { type: 'restock', commandId: 'neg', sku: 'COCO', units: -5 },
      { type: 'restock', commandId: 'frac', sku: 'COCO', units: 1.5 },
      { type: 'restock', sku: 'COCO', units: 5 },
      { type: 'launchRocket', commandId: 'rocket' },
      { type: 'setPrice', commandId: 'big', sku: 'COCO', priceMinor: 1e12 },
      { type: 'pin', commandId: 'long', sku: 'COCO', seconds: 10 ** 9 },
      'restock everything',
      null,
    ];

    const acks = await Promise.all(malformed.map((command) => client.command(command)));

    for (const ack of acks) {
      expect(ack).toMatchObject({ status: 'rejected', reason: { code: 'invalid' } });
      expect(ack.seq).toBeUndefined();
    }
    expect(acks[0].commandId).toBe('neg');
    expect(acks[2].commandId).toBeNull();
    expect(server.inspect(TEST_SHOW)).toEqual(before);
    expect(logs.filter((entry) => entry.msg === 'malformed command dropped')).toHaveLength(
      malformed.length,
    );
    // A rejected-as-invalid id is not burnt: the corrected command with that id applies.
    const fixed = await client.command({
      type: 'restock',
      commandId: 'neg',
      sku: 'COCO',
      units: 5,
    });
    expect(fixed.status).toBe('applied');
  });

  it('drops unknown messages and commands without an ack callback, and keeps serving', async () => {
    const { server, logs, console: connect } = await startServer(tempDir());
    const client = await connect();
    const seqBefore = server.inspect(TEST_SHOW).seq;

    client.socket.emit('command', { type: 'startShow', commandId: 'no-ack' });
    client.socket.emit('selfDestruct', { now: true });
    client.socket.emit('resume', { fromSeq: -3 });
    const ack = await client.command({ type: 'startShow', commandId: 'with-ack' });

    expect(ack.status).toBe('applied');
    expect(ack.seq).toBe(seqBefore + 1);
    expect(logs.map((entry) => entry.msg)).toEqual(
      expect.arrayContaining([
        'malformed command dropped',
        'unknown message dropped',
        'malformed resume dropped',
      ]),
    );
  });

  it('walks the show through planned, live and ended, and refuses what each state forbids', async () => {
    const { console: connect } = await startServer(tempDir());
    const client = await connect();
    const send = (command: Record<string, unknown>) =>
      client.command({ commandId: `${String(command.type)}-${Math.random()}`, ...command });

    expect(await send({ type: 'endShow' })).toMatchObject({ reason: { code: 'show_not_live' } });
    expect(
      await send({ type: 'flashSale', sku: 'COCO', priceMinor: 900, unitCap: 5, seconds: 60 }),
    ).toMatchObject({ reason: { code: 'show_not_live' } });
    const upsert = await send({
      type: 'upsertLineup',
      products: [
        { sku: 'COCO', name: 'Coconut, chilled', priceMinor: 1500, currency: 'CNY', stock: 10 },
        { sku: 'MANGO', name: 'Mango', priceMinor: 800, currency: 'CNY', stock: 40 },
      ],
    });
    expect(upsert.status).toBe('applied');
    expect(await send({ type: 'startShow' })).toMatchObject({ status: 'applied' });
    expect(await send({ type: 'startShow' })).toMatchObject({ reason: { code: 'show_live' } });
    expect(
      await send({
        type: 'upsertLineup',
        products: [{ sku: 'KIWI', name: 'Kiwi', priceMinor: 100, currency: 'CNY', stock: 1 }],
      }),
    ).toMatchObject({ reason: { code: 'show_live' } });
    expect(await send({ type: 'pin', sku: 'MANGO' })).toMatchObject({ status: 'applied' });
    expect(await send({ type: 'setPrice', sku: 'MANGO', priceMinor: 700 })).toMatchObject({
      status: 'applied',
    });
    const end = await send({ type: 'endShow' });
    expect(end.status).toBe('applied');
    expect(await send({ type: 'restock', sku: 'COCO', units: 1 })).toMatchObject({
      reason: { code: 'show_ended' },
    });

    await client.untilSeq(end.seq ?? Infinity);
    const tail = client.events.slice(-2);
    expect(tail).toEqual([
      expect.objectContaining({ type: 'pin', sku: null, until: null }),
      expect.objectContaining({ type: 'showState', state: 'ended' }),
    ]);
    expect(client.events.find((event) => event.type === 'product')).toMatchObject({
      product: { sku: 'COCO', name: 'Coconut, chilled', priceMinor: 1500, stock: 10 },
    });
  });

  it('ends a timed pin by itself', async () => {
    const { server, console: connect } = await startServer(tempDir());
    const client = await connect();
    const ack = await client.command({ type: 'pin', commandId: 'timed', sku: 'RICE', seconds: 1 });

    await client.until(() =>
      client.events.some((event) => event.type === 'pin' && event.sku === null),
    );
    const pins = client.events.filter((event) => event.type === 'pin');
    expect(pins).toEqual([
      expect.objectContaining({ seq: ack.seq, sku: 'RICE' }),
      expect.objectContaining({ sku: null, until: null }),
    ]);
    const [pinned, unpinned] = pins;
    expect(pinned.until).not.toBeNull();
    expect(unpinned.at).toBeGreaterThanOrEqual(pinned.until ?? Infinity);
    expect(server.inspect(TEST_SHOW).snapshot.pin).toEqual({ sku: null, until: null });
  });

  it('sends the events of a command before its ack, to the console that sent it', async () => {
    const { console: connect } = await startServer(tempDir());
    const client = await connect();
    const ack = await client.command({ type: 'startShow', commandId: 'go' });
    expect(client.lastSeq).toBe(ack.seq);
  });
});
