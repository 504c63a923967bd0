import { describe, expect, it } from 'vitest';
import { runCrowd } from '../../../src/sale-server/crowd';
import { ShowMirror } from '../../../src/shared/protocol';
import { TEST_SHOW, TEST_TOKEN, useSaleServers, startedShow } from '../../support/sale-server';
import { TcpRelay } from '../../../src/main/core/net/tcp-relay';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs('sale-server-');
const startServer = useSaleServers();

function crowd(url: string, orders: number) {
  return runCrowd({
    url,
    token: TEST_TOKEN,
    showId: TEST_SHOW,
    skus: ['COCO', 'RICE'],
    rate: Infinity,
    clients: 4,
    orders,
  });
}

describe('sale server resume', () => {
  it('replays exactly the missed events, in order, to a console resuming in the handshake', async () => {
    const {
      server,
      producer,
      console: connect,
    } = await startedShow(startServer(tempDir()), { consoleId: 'producer' });
    const watcher = await connect({ consoleId: 'watcher' });
    await crowd(server.url, 50);
    await watcher.untilSeq(server.inspect(TEST_SHOW).seq);
    const seen = watcher.events.map((event) => event.seq);
    const lastSeen = watcher.lastSeq;
    watcher.close();

    await crowd(server.url, 120);
    await producer.command({ type: 'pin', commandId: 'pin', sku: 'COCO', seconds: 600 });
    const latest = server.inspect(TEST_SHOW).seq;
    await producer.untilSeq(latest);
    const back = await connect({ consoleId: 'watcher', fromSeq: lastSeen });
    await back.untilSeq(latest);

    expect(seen[0]).toBe((watcher.welcome?.seq ?? 0) + 1);
    expect(back.events.map((event) => event.seq)).toEqual(
      Array.from({ length: latest - lastSeen }, (_, i) => lastSeen + 1 + i),
    );
    expect(back.events).toEqual(producer.events.filter((event) => event.seq > lastSeen));
    expect(back.snapshotRequired).toEqual([]);
    expect(back.log[0]).toBe('welcome');
  });

  it('replays on a resume message mid-connection and lets the mirror rebuild the server state', async () => {
    const { server, console: connect } = await startServer(tempDir());
    const producer = await connect();
    const mirror = new ShowMirror(producer.welcomed);
    await producer.command({ type: 'startShow', commandId: 'start' });
    await producer.command({ type: 'restock', commandId: 'restock', sku: 'RICE', units: 10 });
    await crowd(server.url, 200);
    const latest = server.inspect(TEST_SHOW).seq;
    await producer.untilSeq(latest);
    const live = producer.events.length;

    producer.resume(3);
    await producer.until(() => producer.events.length === live + (latest - 3));

    const replayed = producer.events.slice(live);
    expect(replayed).toEqual(producer.events.slice(0, live).filter((event) => event.seq > 3));
    for (const event of producer.events.slice(0, live)) mirror.apply(event);
    expect(mirror.seq).toBe(latest);
    expect(mirror.toSnapshot()).toEqual(server.inspect(TEST_SHOW).snapshot);
  });

  it('answers snapshotRequired and a fresh snapshot when the events are no longer kept', async () => {
    const { server, console: connect } = await startedShow(
      startServer(tempDir(), { retainEvents: 20 }),
    );
    await crowd(server.url, 100);
    const show = server.inspect(TEST_SHOW);
    expect(show.oldestSeq).toBeGreaterThan(2);

    const late = await connect({ consoleId: 'late', fromSeq: 2 });
    await late.until(() => late.snapshots.length === 1);

    expect(late.log).toEqual(['welcome', 'snapshotRequired', 'snapshot']);
    expect(late.snapshotRequired[0]).toEqual({
      fromSeq: 2,
      oldestSeq: show.oldestSeq,
      latestSeq: show.seq,
      reason: 'too_old',
    });
    expect(late.snapshots[0]).toMatchObject({
      seq: show.seq,
      state: 'live',
      snapshot: show.snapshot,
    });
    expect(late.events).toEqual([]);

    const fromOldest = await connect({ consoleId: 'edge', fromSeq: show.oldestSeq - 1 });
    await fromOldest.untilSeq(show.seq);
    expect(fromOldest.snapshotRequired).toEqual([]);
    expect(fromOldest.events[0].seq).toBe(show.oldestSeq);
  });

  it('asks a console that is ahead of the server for a snapshot, and serves requestSnapshot', async () => {
    const { server, console: connect } = await startServer(tempDir());
    const ahead = await connect({ fromSeq: 9999 });
    await ahead.until(() => ahead.snapshots.length === 1);
    expect(ahead.snapshotRequired[0]).toMatchObject({ reason: 'ahead', latestSeq: 3 });

    ahead.requestSnapshot();
    await ahead.until(() => ahead.snapshots.length === 2);
    expect(ahead.snapshots[1]).toMatchObject({
      showId: TEST_SHOW,
      seq: server.inspect(TEST_SHOW).seq,
      snapshot: server.inspect(TEST_SHOW).snapshot,
    });
  });

  it('lets a console cut off by the proxy resume with nothing missing and nothing twice', async () => {
    const { server, console: connect } = await startServer(tempDir());
    const proxy = await TcpRelay.start(server.port);
    try {
      const producer = await connect({ consoleId: 'producer' });
      await producer.command({ type: 'startShow', commandId: 'start' });
      const viaProxy = await connect({ url: proxy.url, consoleId: 'remote' });
      await crowd(server.url, 30);
      await viaProxy.untilSeq(server.inspect(TEST_SHOW).seq);

      proxy.block();
      await new Promise<void>((resolve) => viaProxy.socket.once('disconnect', () => resolve()));
      await crowd(server.url, 30);
      proxy.unblock();
      const back = await connect({
        url: proxy.url,
        consoleId: 'remote',
        fromSeq: viaProxy.lastSeq,
      });
      const latest = server.inspect(TEST_SHOW).seq;
      await back.untilSeq(latest);

      const seqs = [...viaProxy.events, ...back.events].map((event) => event.seq);
      const first = viaProxy.welcomed.seq + 1;
      expect(seqs).toEqual(Array.from({ length: latest - first + 1 }, (_, i) => first + i));
    } finally {
      await proxy.close();
    }
  });
});
