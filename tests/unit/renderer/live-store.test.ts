import { afterEach, describe, expect, it, vi } from 'vitest';
import type {
  CommandOutcome,
  LinkStatus,
  LiveHeader,
  LiveProduct,
  LiveState,
  LiveStateEvent,
} from '../../../src/shared/model/live';
import { liveFeed } from '../../../src/renderer/src/live-run/logic/live-feed';
import { LiveStore, OUTCOME_SHOWN_MS } from '../../../src/renderer/src/live-run/logic/live-store';

function product(sku: string, stock: number, extra: Partial<LiveProduct> = {}): LiveProduct {
  return {
    sku,
    name: sku,
    currency: 'CNY',
    priceMinor: 1000,
    stock,
    sold: 0,
    revenueMinor: 0,
    flashSale: null,
    pinned: false,
    unitsPerSecond: 0,
    sellOutSeconds: null,
    sellOutRange: null,
    soldOutAt: null,
    firstPinnedAt: null,
    pendingCommandIds: [],
    display: { stock, priceMinor: 1000, pinned: false, flashSale: null },
    ...extra,
  };
}

function link(runId = 1): LinkStatus {
  return {
    runId,
    state: 'connected',
    lastEventAgeMs: 10,
    commandsPending: 0,
    commandsOverdue: 0,
    stale: false,
    eventsPerSecond: 0,
    clockOffsetMs: 0,
    lastSeq: 0,
    lastError: null,
    lastErrorReason: null,
    retryInMs: null,
    protocolErrors: 0,
    logMissing: 0,
    logFilling: false,
  };
}

function header(revision: number, extra: Partial<LiveHeader> = {}): LiveHeader {
  return {
    run: {
      id: 1,
      showId: 7,
      kind: 'live',
      name: 'run',
      startedAt: 0,
      endedAt: null,
      serverUrl: 'http://127.0.0.1:1',
      serverShowId: 's',
    },
    link: link(),
    revision,
    showState: 'live',
    pin: { sku: null, until: null },
    viewers: 0,
    displayShowState: 'live',
    displayPin: { sku: null, until: null },
    pending: [],
    synced: true,
    ...extra,
  };
}

function state(revision: number, products: LiveProduct[], extra: Partial<LiveHeader> = {}) {
  return { ...header(revision, extra), products } satisfies LiveState;
}

function outcome(commandId: string, status: CommandOutcome['status']): CommandOutcome {
  return status === 'rejected'
    ? {
        runId: 1,
        commandId,
        kind: 'restock',
        status,
        reason: { code: 'sold_out', message: 'x' },
      }
    : { runId: 1, commandId, kind: 'restock', status };
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('LiveStore', () => {
  it('applies a delta to the rows it names only, keeping the other rows as they were', () => {
    const store = new LiveStore();
    store.applyFull(state(1, [product('A', 10), product('B', 20)]));
    const before = store.getRow('B');
    const heardA = vi.fn();
    const heardB = vi.fn();
    store.subscribeRow('A', heardA);
    store.subscribeRow('B', heardB);

    const result = store.applyEvent({
      type: 'delta',
      baseRevision: 1,
      header: header(2),
      products: [product('A', 9)],
    });

    expect(result).toBe('applied');
    expect(store.getRow('A')?.product.stock).toBe(9);
    expect(store.getRow('B')).toBe(before);
    expect(heardA).toHaveBeenCalledTimes(1);
    expect(heardB).not.toHaveBeenCalled();
    expect(store.getHeader()?.revision).toBe(2);
  });

  it('says a delta was missed when its base is not the revision held, and waits for a full state', () => {
    const store = new LiveStore();
    store.applyFull(state(1, [product('A', 10)]));
    const skipped: LiveStateEvent = {
      type: 'delta',
      baseRevision: 2,
      header: header(3),
      products: [],
    };
    expect(store.applyEvent(skipped)).toBe('missed');
    expect(
      store.applyEvent({ type: 'delta', baseRevision: 3, header: header(4), products: [] }),
    ).toBe('ignored');
    store.applyFull(state(4, [product('A', 5)]));
    expect(
      store.applyEvent({
        type: 'delta',
        baseRevision: 4,
        header: header(5),
        products: [product('A', 4)],
      }),
    ).toBe('applied');
    expect(store.getRow('A')?.product.stock).toBe(4);
  });

  it('ignores a delta it already has, and deltas while a load is on its way', () => {
    const store = new LiveStore();
    store.applyFull(state(3, [product('A', 10)]));
    const old: LiveStateEvent = { type: 'delta', baseRevision: 2, header: header(3), products: [] };
    expect(store.applyEvent(old)).toBe('ignored');
    store.expectFull();
    const next: LiveStateEvent = {
      type: 'delta',
      baseRevision: 3,
      header: header(4),
      products: [],
    };
    expect(store.applyEvent(next)).toBe('ignored');
    store.fullFailed();
    expect(store.applyEvent(next)).toBe('applied');
  });

  it('clears everything when the run ends', () => {
    const store = new LiveStore();
    store.applyFull(state(1, [product('A', 10)]));
    store.applyEvent({ type: 'full', state: null });
    expect(store.getHeader()).toBeNull();
    expect(store.getRow('A')).toBeUndefined();
    expect(store.isLoaded).toBe(true);
  });

  it('puts pending commands on the rows they touch', () => {
    const store = new LiveStore();
    const pending = {
      commandId: 'c1',
      kind: 'restock' as const,
      command: { type: 'restock' as const, sku: 'A', units: 5 },
      createdAt: 0,
      attempts: 1,
    };
    store.applyFull(
      state(1, [product('A', 10, { pendingCommandIds: ['c1'] }), product('B', 1)], {
        pending: [pending],
      }),
    );
    expect(store.getRow('A')?.pending).toEqual([pending]);
    expect(store.getRow('B')?.pending).toEqual([]);
  });

  it('shows an outcome on its product row for a while, also when it came before the id', () => {
    vi.useFakeTimers();
    const frames: (() => void)[] = [];
    vi.stubGlobal('requestAnimationFrame', (run: () => void) => frames.push(run));
    vi.stubGlobal('cancelAnimationFrame', () => undefined);
    const store = new LiveStore();
    store.applyFull(state(1, [product('A', 0), product('B', 3)]));
    expect(store.noteOutcome(outcome('c1', 'rejected'))).toBeNull();
    store.noteIssued('c1', { type: 'restock', sku: 'A', units: 5 });
    expect(store.getRow('A')?.outcome?.outcome.reason?.code).toBe('sold_out');

    store.noteIssued('c2', { type: 'restock', sku: 'B', units: 1 });
    expect(store.noteOutcome(outcome('c2', 'applied'))).toEqual({
      type: 'restock',
      sku: 'B',
      units: 1,
    });
    expect(store.getRow('B')?.outcome?.outcome.status).toBe('applied');

    vi.advanceTimersByTime(OUTCOME_SHOWN_MS);
    // It goes in the next animation frame, not from the timer between frames.
    expect(store.getRow('A')?.outcome).not.toBeNull();
    for (const run of frames.splice(0)) run();
    expect(store.getRow('A')?.outcome).toBeNull();
    expect(store.getRow('B')?.outcome).toBeNull();
    store.dispose();
  });

  it('shows an unpin outcome on the product that was pinned when it was issued', () => {
    const store = new LiveStore();
    store.applyFull(
      state(1, [product('A', 1, { pinned: true })], { pin: { sku: 'A', until: null } }),
    );
    store.noteIssued('u1', { type: 'unpin' });
    store.applyEvent({
      type: 'delta',
      baseRevision: 1,
      header: header(2),
      products: [product('A', 1)],
    });
    store.noteOutcome({ runId: 1, commandId: 'u1', kind: 'unpin', status: 'applied' });
    expect(store.getRow('A')?.outcome?.commandId).toBe('u1');
    store.dispose();
  });

  it('takes the link status of its own run only', () => {
    const store = new LiveStore();
    store.applyFull(state(1, []));
    store.applyLink({ ...link(2), state: 'offline' });
    expect(store.getHeader()?.link.state).toBe('connected');
    store.applyLink({ ...link(1), state: 'reconnecting' });
    expect(store.getHeader()?.link.state).toBe('reconnecting');
  });

  it('shows a pressed pin at once as pending, until the core carries it, and then as pinned', () => {
    const store = new LiveStore();
    store.applyFull(state(1, [product('A', 5), product('B', 5)]));
    const rowListener = vi.fn();
    store.subscribeRow('B', rowListener);
    const token = store.predictPin('B');
    expect(rowListener).toHaveBeenCalledTimes(1);
    expect(store.getRow('B')).toMatchObject({ pinShown: true, pinPending: true });
    expect(store.getShownPin()).toBe('B');
    store.noteIssued('p1', { type: 'pin', sku: 'B' }, token);
    expect(store.getRow('B')?.pinPending).toBe(true);

    const pending = [
      {
        commandId: 'p1',
        kind: 'pin' as const,
        command: { type: 'pin' as const, sku: 'B' },
        createdAt: 0,
        attempts: 1,
      },
    ];
    store.applyEvent({
      type: 'delta',
      baseRevision: 1,
      header: header(2, { pending, displayPin: { sku: 'B', until: null } }),
      products: [
        product('B', 5, {
          pendingCommandIds: ['p1'],
          display: { stock: 5, priceMinor: 1000, pinned: true, flashSale: null },
        }),
      ],
    });
    expect(store.getRow('B')).toMatchObject({ pinShown: true, pinPending: true });
    store.applyEvent({
      type: 'delta',
      baseRevision: 2,
      header: header(3, { pin: { sku: 'B', until: null }, displayPin: { sku: 'B', until: null } }),
      products: [
        product('B', 5, {
          pinned: true,
          display: { stock: 5, priceMinor: 1000, pinned: true, flashSale: null },
        }),
      ],
    });
    expect(store.getRow('B')).toMatchObject({ pinShown: true, pinPending: false });
  });

  it('takes a pressed pin back when the core refuses it or the server rejects it', () => {
    const store = new LiveStore();
    store.applyFull(state(1, [product('A', 5)]));
    store.dropPrediction(store.predictPin('A'));
    expect(store.getRow('A')).toMatchObject({ pinShown: false, pinPending: false });
    expect(store.getShownPin()).toBeNull();

    const token = store.predictPin('A');
    store.noteIssued('p2', { type: 'pin', sku: 'A' }, token);
    store.noteOutcome({
      runId: 1,
      commandId: 'p2',
      kind: 'pin',
      status: 'rejected',
      reason: { code: 'sold_out', message: 'x' },
    });
    expect(store.getRow('A')?.pinShown).toBe(false);
    store.dispose();
  });

  it('applies the events of one frame in order and announces each change once', () => {
    const store = new LiveStore();
    store.applyFull(state(1, [product('A', 9), product('B', 9)]));
    const headerListener = vi.fn();
    const rowListener = vi.fn();
    store.subscribeHeader(headerListener);
    store.subscribeRow('A', rowListener);
    const deltas: LiveStateEvent[] = [2, 3, 4].map((revision) => ({
      type: 'delta',
      baseRevision: revision - 1,
      header: header(revision),
      products: [product('A', 10 - revision)],
    }));
    expect(store.applyEvents(deltas)).toBe('applied');
    expect(store.getRow('A')?.product.stock).toBe(6);
    expect(store.getHeader()?.revision).toBe(4);
    expect(headerListener).toHaveBeenCalledTimes(1);
    expect(rowListener).toHaveBeenCalledTimes(1);
    const gap: LiveStateEvent = {
      type: 'delta',
      baseRevision: 9,
      header: header(10),
      products: [],
    };
    expect(store.applyEvents([gap])).toBe('missed');
  });
});

describe('liveFeed', () => {
  it('acknowledges each live event as it arrives, before the frame that draws it', () => {
    const store = new LiveStore();
    const acknowledged: number[] = [];
    const feed = liveFeed(store, (revision) => acknowledged.push(revision));
    feed.snapshot(state(1, [product('A', 9)]), 0);
    const delta: LiveStateEvent = {
      type: 'delta',
      baseRevision: 1,
      header: header(2),
      products: [product('A', 8)],
    };
    feed.received?.(delta);
    expect(acknowledged).toEqual([2]);
    expect(store.getRow('A')?.product.stock).toBe(9);
    const reload = vi.fn();
    feed.events([delta], reload);
    expect(store.getRow('A')?.product.stock).toBe(8);
    expect(reload).not.toHaveBeenCalled();
    feed.received?.({ type: 'full', state: null });
    expect(acknowledged).toEqual([2]);
    store.dispose();
  });
});
