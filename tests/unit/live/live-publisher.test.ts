import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type {
  LinkStatus,
  LiveHeader,
  LiveProduct,
  LiveState,
  LiveStateEvent,
} from '../../../src/shared/model/live';
import { LivePublisher, type LiveSource } from '../../../src/main/core/live/live-publisher';

const FRAME_MS = 50;
const IN_FLIGHT = 2;
const HEARTBEAT_MS = 1000;

function source(): LiveSource & { moving: string[] } {
  const header = (revision: number) => ({ revision }) as unknown as LiveHeader;
  return {
    moving: [],
    state: (revision) => ({ ...header(revision), products: [] }) as unknown as LiveState,
    header,
    product: (sku) => ({ sku }) as LiveProduct,
    skus: () => ['A', 'B', 'C'],
    movingSkus() {
      return this.moving;
    },
    linkStatus: () => ({ state: 'connected' }) as LinkStatus,
  };
}

describe('LivePublisher', () => {
  let events: LiveStateEvent[];
  let links: LinkStatus[];
  let live: ReturnType<typeof source>;
  let publisher: LivePublisher;

  beforeEach(() => {
    vi.useFakeTimers();
    events = [];
    links = [];
    live = source();
    publisher = new LivePublisher(
      live,
      {
        live: (event) => events.push(event),
        link: (status) => links.push(status),
        failed: (error) => {
          throw error;
        },
      },
      { inFlight: IN_FLIGHT, frameMs: FRAME_MS, heartbeatMs: HEARTBEAT_MS },
    );
  });
  afterEach(() => {
    publisher.stop();
    vi.useRealTimers();
  });

  it('sends a burst of thousands of changes as at most one delta per frame', () => {
    const frames = 20;
    for (let frame = 0; frame < frames; frame++) {
      for (let i = 0; i < 250; i++) publisher.markProducts([i % 2 === 0 ? 'A' : 'B']);
      vi.advanceTimersByTime(FRAME_MS);
    }
    vi.advanceTimersByTime(FRAME_MS);
    expect(events.length).toBeLessThanOrEqual(frames + IN_FLIGHT);
    expect(events.length).toBe(publisher.flushes);
    for (const event of events) {
      expect(event.type).toBe('delta');
      if (event.type === 'delta') {
        expect(event.products.map((p) => p.sku).sort()).toEqual(['A', 'B']);
      }
    }
  });

  it('sends every product with a link change, so that no rate stays shown as known', () => {
    publisher.full();
    publisher.linkChanged();
    expect(links).toHaveLength(2);
    vi.advanceTimersByTime(FRAME_MS);
    const delta = events[1];
    expect(delta?.type).toBe('delta');
    if (delta?.type === 'delta') expect(delta.products.map((p) => p.sku)).toEqual(['A', 'B', 'C']);
  });

  it('chains deltas by revision, starting from the last full state', () => {
    publisher.full();
    publisher.markHeader();
    vi.advanceTimersByTime(FRAME_MS);
    publisher.markProducts(['A']);
    vi.advanceTimersByTime(FRAME_MS);
    expect(events.map((e) => e.type)).toEqual(['full', 'delta', 'delta']);
    const [full, first, second] = events;
    expect(full.type === 'full' && full.state?.revision).toBe(1);
    expect(first.type === 'delta' && [first.baseRevision, first.header.revision]).toEqual([1, 2]);
    expect(second.type === 'delta' && [second.baseRevision, second.header.revision]).toEqual([
      2, 3,
    ]);
  });

  it('keeps one frame between deltas once as many as it may send wait for a page', () => {
    for (let sent = 1; sent <= IN_FLIGHT; sent++) {
      publisher.markHeader();
      vi.advanceTimersByTime(0);
      expect(events).toHaveLength(sent);
    }
    publisher.markHeader();
    vi.advanceTimersByTime(FRAME_MS - 1);
    expect(events).toHaveLength(IN_FLIGHT);
    vi.advanceTimersByTime(1);
    expect(events).toHaveLength(IN_FLIGHT + 1);
  });

  it('sends nothing when nothing changed, and refreshes moving rates on the heartbeat', () => {
    publisher.start();
    live.moving = ['A'];
    vi.advanceTimersByTime(HEARTBEAT_MS + FRAME_MS);
    expect(links).toHaveLength(1);
    expect(events).toHaveLength(1);
    expect(events[0].type === 'delta' && events[0].products.map((p) => p.sku)).toEqual(['A']);
    live.moving = [];
    vi.advanceTimersByTime(HEARTBEAT_MS * 3);
    expect(links).toHaveLength(4);
    expect(events).toHaveLength(4);
  });

  it('sends the next delta at once when a page received one of those waiting, and waits out the frame otherwise', () => {
    publisher.markHeader();
    vi.advanceTimersByTime(0);
    publisher.markHeader();
    vi.advanceTimersByTime(0);
    expect(events).toHaveLength(2);
    publisher.markProducts(['A']);
    vi.advanceTimersByTime(1);
    expect(events).toHaveLength(2);
    publisher.pageReceived(publisher.currentRevision - 2);
    vi.advanceTimersByTime(1);
    expect(events).toHaveLength(2);
    // The first of the two waiting arrived: room for one more, sent at once.
    publisher.pageReceived(publisher.currentRevision - 1);
    vi.advanceTimersByTime(0);
    expect(events).toHaveLength(3);
    publisher.markProducts(['B']);
    vi.advanceTimersByTime(FRAME_MS - 3);
    expect(events).toHaveLength(3);
    vi.advanceTimersByTime(3);
    expect(events).toHaveLength(4);
  });

  it('sends a change once the turn that made it is done, with no timer to wait out', async () => {
    vi.useRealTimers();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    publisher.markProducts(['A']);
    expect(events).toHaveLength(0);
    await new Promise((resolve) => setImmediate(resolve));
    expect(events.map((event) => event.type)).toEqual(['delta']);
  });

  it('counts the full state as waiting for a page, and an acknowledgement of every delta frees them all', () => {
    publisher.full();
    publisher.markHeader();
    vi.advanceTimersByTime(0);
    expect(events.map((event) => event.type)).toEqual(['full', 'delta']);
    publisher.markHeader();
    vi.advanceTimersByTime(FRAME_MS - 1);
    expect(events).toHaveLength(2);
    publisher.pageReceived(publisher.currentRevision);
    vi.advanceTimersByTime(0);
    expect(events).toHaveLength(3);
    publisher.markHeader();
    vi.advanceTimersByTime(0);
    expect(events).toHaveLength(4);
  });
});
