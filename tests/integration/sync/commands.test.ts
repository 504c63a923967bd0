import { describe, expect, it } from 'vitest';
import { io } from 'socket.io-client';
import type { SaleServer } from '../../../src/sale-server/server';
import { PROTOCOL_VERSION } from '../../../src/shared/protocol';
import {
  connected,
  createShow,
  liveState,
  readConsoleDb,
  record,
  runLog,
  waitFor,
} from '../../support/console-core';
import { useConsoleHarness, type SyncSession } from '../../support/console-harness';
import { TEST_SHOW, TEST_TOKEN } from '../../support/sale-server';
import { goLive, invoke } from '../../support/core-api';

const harness = useConsoleHarness();

/** A show of A (100 in stock) and B (50), connected through a proxy, its lineup on the console. */
function openSession(): Promise<SyncSession> {
  return harness.openSession({
    products: [
      { sku: 'A', stock: 100 },
      { sku: 'B', stock: 50 },
    ],
    proxy: true,
  });
}

function outboxRow(dataDir: string, commandId: string) {
  return readConsoleDb(
    dataDir,
    (db) =>
      db.prepare('SELECT * FROM outbox WHERE command_id = ?').get(commandId) as
        { status: string; attempts: number; reason: string | null } | undefined,
  );
}

function serverStock(server: SaleServer, sku: string): number | undefined {
  return server.inspect(TEST_SHOW).snapshot.products.find((p) => p.sku === sku)?.stock;
}

describe('console commands through the outbox', () => {
  it('loads the lineup, starts the show, pins, and follows the orders', async () => {
    const session = await openSession();
    const { core, runId, dataDir } = session;
    expect(session.inspect().snapshot.products.map((p) => p.sku)).toEqual(['A', 'B']);
    await session.command({ type: 'startShow' });
    await session.command({ type: 'pin', sku: 'A', seconds: 60 });
    await waitFor(async () => (await liveState(core)).pin.sku === 'A', 'the pin');
    const state = await liveState(core);
    expect(state.showState).toBe('live');
    expect(state.pin.until).toBeGreaterThan(Date.now());
    expect(state.products.find((p) => p.sku === 'A')?.pinned).toBe(true);
    expect(state.link.clockOffsetMs).not.toBeNull();

    await session.crowd({ skus: ['A'], rate: Infinity, orders: 30 });
    await session.caughtUp();
    const product = (await liveState(core)).products.find((p) => p.sku === 'A');
    expect(product).toMatchObject({ stock: 70, sold: 30, revenueMinor: 30 * 1000 });
    expect(product?.unitsPerSecond).toBeGreaterThan(0);
    expect(runLog(dataDir, runId, 'event').filter((e) => e.payload.type === 'order')).toHaveLength(
      30,
    );
    expect(runLog(dataDir, runId, 'command_outcome').map((e) => e.payload.status)).toEqual([
      'applied',
      'applied',
      'applied',
    ]);
  });

  it('commits a command issued while offline and delivers it once on reconnect', async () => {
    const session = await openSession();
    const { proxy, core, dataDir, runId } = session;
    const outcomes = record(core, 'command.outcome');
    proxy.block();
    await waitFor(async () => (await liveState(core)).link.state === 'reconnecting', 'the drop');

    const { commandId } = await session.command({ type: 'restock', sku: 'A', units: 7 });
    expect(outboxRow(dataDir, commandId)).toMatchObject({ status: 'pending', attempts: 0 });
    const offline = await liveState(core);
    expect(offline.pending.map((p) => p.commandId)).toEqual([commandId]);
    const pendingA = offline.products.find((p) => p.sku === 'A');
    expect(pendingA).toMatchObject({ stock: 100, pendingCommandIds: [commandId] });
    expect(pendingA?.display.stock).toBe(107);
    expect(serverStock(session.server, 'A')).toBe(100);

    proxy.unblock();
    await waitFor(() => outcomes.some((o) => o.commandId === commandId), 'the acknowledgement');
    expect(outcomes.find((o) => o.commandId === commandId)).toMatchObject({
      status: 'applied',
      kind: 'restock',
    });
    expect(serverStock(session.server, 'A')).toBe(107);
    expect(outboxRow(dataDir, commandId)).toMatchObject({ status: 'applied', attempts: 1 });
    await waitFor(async () => (await liveState(core)).products[0].stock === 107, 'the stock event');
    const after = await liveState(core);
    expect(after.pending).toEqual([]);
    expect(after.products[0].display.stock).toBe(107);
    const logged = runLog(dataDir, runId, 'command_outcome').filter(
      (entry) => entry.payload.commandId === commandId,
    );
    expect(logged).toHaveLength(1);
  });

  it('applies a command once although its acknowledgement was held up and it was sent three times', async () => {
    const session = await openSession();
    const { proxy, core, dataDir } = session;
    const outcomes = record(core, 'command.outcome');
    proxy.holdDownstream();
    const { commandId } = await session.command({ type: 'restock', sku: 'B', units: 5 });
    await waitFor(() => (outboxRow(dataDir, commandId)?.attempts ?? 0) >= 3, 'three sends');
    expect(serverStock(session.server, 'B')).toBe(55);
    proxy.releaseDownstream();
    await waitFor(() => outcomes.some((o) => o.commandId === commandId), 'the acknowledgement');
    // The first send's ack comes first and settles it; the repeats' duplicates change nothing.
    expect(outcomes.filter((o) => o.commandId === commandId)).toEqual([
      expect.objectContaining({ status: 'applied' }),
    ]);
    expect(outboxRow(dataDir, commandId)?.status).toBe('applied');
    expect(serverStock(session.server, 'B')).toBe(55);
    await waitFor(async () => (await liveState(core)).products[1].stock === 55, 'the stock event');
  });

  it('records a rejected command with its reason and reports it', async () => {
    const session = await openSession();
    const { core, dataDir, runId } = session;
    const outcomes = record(core, 'command.outcome');
    const { commandId } = await session.command({ type: 'restock', sku: 'NOPE', units: 1 });
    await waitFor(() => outcomes.length > 0, 'the acknowledgement');
    expect(outcomes[0]).toMatchObject({
      runId,
      commandId,
      kind: 'restock',
      status: 'rejected',
      reason: { code: 'unknown_sku' },
    });
    const row = outboxRow(dataDir, commandId);
    expect(row?.status).toBe('rejected');
    expect(JSON.parse(row?.reason ?? '{}')).toMatchObject({ code: 'unknown_sku' });
    const logged = runLog(dataDir, runId, 'command_outcome').find(
      (entry) => entry.payload.commandId === commandId,
    );
    expect(logged?.payload).toMatchObject({ status: 'rejected', reason: { code: 'unknown_sku' } });
    expect(await connected(core)).toBe(true);
  });
});

describe('the handshake', () => {
  it('reports a refused handshake, stops trying, and connects with a new token', async () => {
    const server = await harness.startServer();
    const core = harness.startConsole(await harness.tempDir());
    const showId = await createShow(core, [{ sku: 'A', stock: 1 }]);
    const input = { showId, serverUrl: server.url, serverShowId: TEST_SHOW };
    const run = await goLive(core, { ...input, token: TEST_TOKEN });
    await waitFor(() => connected(core), 'the first connection');
    const statuses = record(core, 'link.status');
    expect((await invoke(core, 'link.connect', { ...input, token: 'wrong' })).id).toBe(run.id);
    await waitFor(
      () => statuses.some((status) => status.lastError?.includes('bad_token') ?? false),
      'the refusal',
    );
    expect((await liveState(core)).link.state).toBe('offline');
    const again = await invoke(core, 'link.connect', { ...input, token: TEST_TOKEN });
    expect(again.id).toBe(run.id);
    await waitFor(() => connected(core), 'the connection');
    expect((await liveState(core)).link.lastError).toBeNull();
  });
});

describe('the reference server', () => {
  it('applies a command id once however often it is sent', async () => {
    const server = await harness.startServer({
      products: [{ sku: 'A', name: 'A', priceMinor: 100, currency: 'CNY', stock: 10 }],
    });
    const socket = io(server.url, {
      transports: ['websocket'],
      forceNew: true,
      auth: {
        token: TEST_TOKEN,
        showId: TEST_SHOW,
        consoleId: 'raw',
        protocolVersion: PROTOCOL_VERSION,
      },
    });
    harness.defer(() => {
      socket.disconnect();
    });
    const command = { type: 'restock', commandId: 'same-id', sku: 'A', units: 3 };
    const acks: unknown[] = [];
    for (let i = 0; i < 3; i++)
      acks.push(await socket.timeout(5000).emitWithAck('command', command));
    expect(acks).toMatchObject([
      { status: 'applied' },
      { status: 'duplicate', original: 'applied' },
      { status: 'duplicate', original: 'applied' },
    ]);
    expect(serverStock(server, 'A')).toBe(13);
  });
});
