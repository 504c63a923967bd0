import { randomBytes } from 'node:crypto';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ServerEvent, SnapshotMessage, Welcome } from '../../../src/shared/protocol';
import type { LinkErrorReason } from '../../../src/shared/model/live';
import { Inbox, type InboxDeps } from '../../../src/main/core/sync/inbox';
import { Projection } from '../../../src/main/core/live/projection';
import { ProtocolErrors } from '../../../src/main/core/sync/protocol-errors';
import { RunLog } from '../../../src/main/core/sync/run-log';
import { SyncStore } from '../../../src/main/core/sync/sync-store';
import { TokenVault } from '../../../src/main/core/store/token-vault';
import { HistoryStore } from '../../../src/main/core/sync/history-store';
import type { Db } from '../../../src/main/core/store/database';
import { logKinds, memoryRun } from './memory-run';

const AT = 1_700_000_000_000;

function welcome(seq: number, stock = 10): Welcome {
  return {
    protocolVersion: 1,
    serverTime: AT,
    showId: 'show-1',
    state: 'live',
    seq,
    snapshot: {
      products: [
        { sku: 'A', name: 'A', priceMinor: 100, currency: 'CNY', stock, sold: 0, flashSale: null },
      ],
      pin: { sku: null, until: null },
      viewers: 0,
    },
  };
}

function snapshotAt(seq: number, stock: number): SnapshotMessage {
  const { serverTime, showId, state, snapshot } = welcome(seq, stock);
  return { serverTime, showId, state, seq, snapshot };
}

function order(seq: number, stock: number, orderId = `o${seq}`): ServerEvent {
  return {
    type: 'order',
    seq,
    at: AT + seq,
    orderId,
    sku: 'A',
    qty: 1,
    priceMinor: 100,
    stock,
    sold: 10 - stock,
  };
}

describe('Inbox', () => {
  let db: Db;
  let runId: number;
  let store: SyncStore;
  let projection: Projection;
  let inbox: Inbox;
  let deps: InboxDeps;
  let errors: ProtocolErrors;
  const resume = vi.fn<(fromSeq: number) => void>();
  const requestSnapshot = vi.fn<() => void>();
  const applied = vi.fn<(events: readonly ServerEvent[]) => void>();
  const reset = vi.fn<(gap: boolean) => void>();
  const reconnect = vi.fn<(error: LinkErrorReason) => void>();
  const serverBehind = vi.fn<(serverSeq: number) => void>();

  beforeEach(() => {
    vi.clearAllMocks();
    const opened = memoryRun();
    db = opened.db;
    runId = opened.run.id;
    store = new SyncStore(db, new TokenVault(randomBytes(32), 'key-file'));
    const stored = store.load(runId);
    if (!stored) throw new Error('no sync row');
    projection = new Projection(stored.head, []);
    const runLog = new RunLog(db);
    errors = new ProtocolErrors(runLog, runId);
    deps = {
      db,
      runId,
      serverShowId: 'show-1',
      store,
      history: new HistoryStore(db),
      reconnect,
      serverBehind,
      answerTimeoutMs: 600,
      eventsPerTurn: 500,
      runLog,
      errors,
      projection,
      resume,
      requestSnapshot,
      applied,
      reset,
    };
    inbox = new Inbox(deps);
  });

  it('applies the first welcome as the snapshot, and stores it', () => {
    expect(inbox.resumePoint).toBeUndefined();
    expect(inbox.welcome(welcome(5)).ok).toBe(true);
    expect(inbox.tracker.lastApplied).toBe(5);
    expect(inbox.resumePoint).toBe(5);
    expect(projection.product('A')?.stock).toBe(10);
    expect(store.load(runId)?.head).toMatchObject({ lastSeq: 5, synced: true, showState: 'live' });
    expect(store.loadProducts(runId)).toMatchObject([{ sku: 'A', stock: 10, openingStock: 10 }]);
    expect(logKinds(db, runId)).toEqual(['run_started', 'snapshot']);
    expect(reset).toHaveBeenCalledOnce();
  });

  it('does not apply a later welcome: the resume in the handshake brings the events', () => {
    inbox.welcome(welcome(5));
    inbox.welcome(welcome(9, 3));
    expect(inbox.tracker.lastApplied).toBe(5);
    expect(projection.product('A')?.stock).toBe(10);
  });

  it('applies a batch in order, in one transaction, and ignores exact duplicates quietly', () => {
    inbox.welcome(welcome(5));
    inbox.events({ events: [order(6, 9), order(7, 8)] });
    inbox.events({ events: [order(7, 8), order(8, 7)] });
    expect(inbox.tracker.lastApplied).toBe(8);
    expect(projection.product('A')).toMatchObject({ stock: 7, sold: 3, revenueMinor: 300 });
    expect(store.load(runId)?.head.lastSeq).toBe(8);
    expect(store.loadProducts(runId)[0]).toMatchObject({ stock: 7, sold: 3 });
    expect(inbox.duplicatesIgnored).toBe(1);
    expect(errors.count).toBe(0);
    expect(logKinds(db, runId).filter((kind) => kind === 'event')).toHaveLength(3);
    expect(applied).toHaveBeenCalledTimes(2);
  });

  it('applies a long replay a slice per turn of the event loop, so the API answers meanwhile', async () => {
    const sliced = new Inbox({ ...deps, eventsPerTurn: 3 });
    sliced.welcome(welcome(0));
    sliced.events({ events: [1, 2, 3, 4, 5].map((seq) => order(seq, 10 - seq)) });
    sliced.events({ events: [6, 7].map((seq) => order(seq, 10 - seq)) });
    expect(sliced.tracker.lastApplied).toBe(3);
    expect(projection.product('A')?.stock).toBe(7);
    await nextTurn();
    expect(sliced.tracker.lastApplied).toBe(6);
    await nextTurn();
    expect(sliced.tracker.lastApplied).toBe(7);
    expect(applied.mock.calls.map(([events]) => events.map((event) => event.seq))).toEqual([
      [1, 2, 3],
      [4, 5],
      [6],
      [7],
    ]);
    expect(store.load(runId)?.head.lastSeq).toBe(7);
    sliced.close();
  });

  it('applies the events still waiting before a snapshot, in the order they came', () => {
    const sliced = new Inbox({ ...deps, eventsPerTurn: 1 });
    sliced.welcome(welcome(0));
    sliced.events({ events: [1, 2, 3].map((seq) => order(seq, 10 - seq)) });
    expect(sliced.tracker.lastApplied).toBe(1);
    sliced.snapshot(snapshotAt(9, 1));
    expect(errors.count).toBe(0);
    expect(sliced.tracker.lastApplied).toBe(9);
    expect(logKinds(db, runId)).toEqual([
      'run_started',
      'snapshot',
      'event',
      'event',
      'event',
      'snapshot',
    ]);
    sliced.close();
  });

  it("keeps the snapshot's pin for the review rollup of the orders after it", () => {
    inbox.welcome(welcome(0));
    const pinned = snapshotAt(1, 9);
    pinned.snapshot.pin = { sku: 'A', until: null };
    inbox.snapshot(pinned);
    inbox.events({ events: [order(2, 8)] });
    const reviewPin = () => db.prepare('SELECT sku FROM review_pin WHERE run_id = ?').pluck();
    expect(reviewPin().get(runId)).toBe('A');
    expect(db.prepare('SELECT pinned FROM review_seconds').pluck().all()).toEqual([1]);
    inbox.snapshot(snapshotAt(3, 8));
    expect(reviewPin().get(runId)).toBeNull();
  });

  it('asks to resume from the last applied seq on a gap, once while the replay is due', () => {
    inbox.welcome(welcome(5));
    inbox.events({ events: [order(6, 9), order(8, 7)] });
    inbox.events({ events: [order(9, 6)] });
    expect(inbox.tracker.lastApplied).toBe(6);
    expect(resume).toHaveBeenCalledExactlyOnceWith(6);
    expect(errors.count).toBe(1);
    inbox.events({ events: [order(7, 8), order(8, 7), order(9, 6)] });
    expect(inbox.tracker.lastApplied).toBe(9);
  });

  it('journals a batch with a malformed event in its middle up to it, and the rest once replayed', () => {
    inbox.welcome(welcome(5));
    const events = [6, 7, 8, 9].map((seq) => order(seq, 15 - seq));
    inbox.events({ events: [events[0], events[1], { ...events[2], qty: 0 }, events[3]] });
    const journaled = () =>
      db
        .prepare("SELECT event_seq FROM run_log WHERE run_id = ? AND kind = 'event' ORDER BY seq")
        .pluck()
        .all(runId);
    expect(inbox.tracker.lastApplied).toBe(7);
    expect(journaled()).toEqual([6, 7]);
    expect(store.load(runId)?.head.lastSeq).toBe(7);
    expect(store.loadProducts(runId)[0]).toMatchObject({ stock: 8, sold: 2 });
    expect(projection.product('A')).toMatchObject({ stock: 8, sold: 2, revenueMinor: 200 });
    expect(resume).toHaveBeenCalledExactlyOnceWith(7);
    inbox.events({ events: events.slice(1) });
    expect(journaled()).toEqual([6, 7, 8, 9]);
    expect(projection.product('A')).toMatchObject({ stock: 6, sold: 4, revenueMinor: 400 });
    expect(store.load(runId)?.head.lastSeq).toBe(9);
    expect(inbox.duplicatesIgnored).toBe(1);
  });

  it('asks for a snapshot when the replay is malformed, without waiting for another gap', () => {
    vi.useFakeTimers();
    try {
      inbox.welcome(welcome(5));
      inbox.events({ events: [order(7, 8)] });
      expect(resume).toHaveBeenCalledExactlyOnceWith(5);
      inbox.events({ events: [{ type: 'order', seq: 6 }, order(7, 8)] });
      expect(requestSnapshot).not.toHaveBeenCalled();
      vi.advanceTimersByTime(600);
      expect(requestSnapshot).toHaveBeenCalledOnce();
      expect(resume).toHaveBeenCalledOnce();
      inbox.snapshot(snapshotAt(8, 7));
      expect(inbox.tracker.lastApplied).toBe(8);
      vi.advanceTimersByTime(5000);
      expect(reconnect).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });

  it('escalates an unanswered resume: a snapshot request, then a new connection', () => {
    vi.useFakeTimers();
    try {
      inbox.welcome(welcome(5));
      inbox.events({ events: [order(7, 8)] });
      expect(resume).toHaveBeenCalledExactlyOnceWith(5);
      vi.advanceTimersByTime(599);
      expect(requestSnapshot).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      expect(requestSnapshot).toHaveBeenCalledOnce();
      expect(reconnect).not.toHaveBeenCalled();
      vi.advanceTimersByTime(600);
      expect(reconnect).toHaveBeenCalledExactlyOnceWith({
        code: 'no_snapshot',
        params: { waitedMs: 600 },
      });
    } finally {
      vi.useRealTimers();
    }
  });

  it('escalates an unanswered resume in the handshake', () => {
    vi.useFakeTimers();
    try {
      inbox.welcome(welcome(5));
      inbox.connectionOpened();
      inbox.welcome(welcome(9));
      vi.advanceTimersByTime(600);
      expect(requestSnapshot).toHaveBeenCalledOnce();
    } finally {
      vi.useRealTimers();
    }
  });

  it('records a duplicate seq with other content as a protocol error', () => {
    inbox.welcome(welcome(5));
    inbox.events({ events: [order(6, 9)] });
    inbox.events({ events: [order(6, 9, 'another')] });
    expect(errors.count).toBe(1);
    expect(projection.product('A')?.stock).toBe(9);
  });

  it('changes nothing, in memory or on disk, when the batch cannot be stored', () => {
    inbox.welcome(welcome(5));
    vi.spyOn(store, 'saveHead').mockImplementation(() => {
      throw new Error('disk full');
    });
    expect(() => inbox.events({ events: [order(6, 9), order(7, 8)] })).toThrow('disk full');
    expect(inbox.tracker.lastApplied).toBe(5);
    expect(projection.product('A')?.stock).toBe(10);
    expect(store.loadProducts(runId)[0].stock).toBe(10);
    expect(logKinds(db, runId)).toEqual(['run_started', 'snapshot']);
    expect(applied).not.toHaveBeenCalled();
  });

  it('applies what precedes an inapplicable event, then asks for a snapshot', () => {
    inbox.welcome(welcome(5));
    const ghost: ServerEvent = { type: 'price', seq: 7, at: AT, sku: 'GHOST', priceMinor: 1 };
    inbox.events({ events: [order(6, 9), ghost, order(8, 8)] });
    expect(inbox.tracker.lastApplied).toBe(6);
    expect(requestSnapshot).toHaveBeenCalledOnce();
    expect(errors.count).toBe(1);
    inbox.snapshot(snapshotAt(8, 8));
    expect(inbox.tracker.lastApplied).toBe(8);
    expect(projection.product('A')).toMatchObject({ stock: 8, revenueMinor: 100 });
  });

  it('never adopts a snapshot behind its seq: a server behind the console is reported', () => {
    inbox.welcome(welcome(5));
    inbox.events({ events: [order(6, 9)] });
    const behind = snapshotAt(3, 10);
    inbox.snapshot(behind);
    expect(inbox.tracker.lastApplied).toBe(6);
    expect(errors.count).toBe(1);
    inbox.snapshotRequired({ fromSeq: 6, oldestSeq: 1, latestSeq: 3, reason: 'ahead' });
    expect(serverBehind).toHaveBeenCalledExactlyOnceWith(3);
    inbox.snapshot(behind);
    expect(inbox.tracker.lastApplied).toBe(6);
    expect(store.load(runId)?.head.lastSeq).toBe(6);
    inbox.connectionOpened();
    inbox.welcome(welcome(3));
    expect(serverBehind).toHaveBeenCalledTimes(2);
    expect(inbox.tracker.lastApplied).toBe(6);
  });

  it('rejects malformed messages and welcomes for another show', () => {
    expect(inbox.welcome({ hello: 1 })).toEqual({
      ok: false,
      reason: { code: 'invalid_welcome', params: {} },
    });
    expect(inbox.welcome({ ...welcome(1), showId: 'other' })).toMatchObject({
      ok: false,
      reason: { code: 'refused', params: { refusal: 'unknown_show' } },
    });
    inbox.events({ events: [] });
    inbox.snapshotRequired({});
    expect(errors.count).toBe(4);
    expect(projection.head.synced).toBe(false);
  });
});
