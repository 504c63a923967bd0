import { describe, expect, it } from 'vitest';
import type { LinkStatus } from '../../../src/shared/model/live';
import { liveState, record, runLog, waitFor } from '../../support/console-core';
import { useConsoleHarness } from '../../support/console-harness';

const harness = useConsoleHarness();

/** Refused attempts that make an outage long: 24 at most 250 ms apart is about 5 s or more. */
const REFUSED_ATTEMPTS = 24;

describe('reconnecting after a long outage', () => {
  it('keeps attempting every 250 ms at most, so the link is back as soon as the network is', async () => {
    const session = await harness.openSession({
      products: [{ sku: 'A', stock: 5000 }],
      proxy: true,
      until: 'live',
    });
    const { core, proxy, dataDir, runId } = session;
    const statuses = record(core, 'link.status');

    proxy.block();
    const refusedFrom = proxy.accepted;
    await session.crowd({ skus: ['A'], rate: Infinity, orders: 300 });
    // Longer than the old backoff's 3 s cap took to reach: counted in the link's own attempts.
    await waitFor(
      () => proxy.accepted - refusedFrom >= REFUSED_ATTEMPTS,
      `${REFUSED_ATTEMPTS} refused attempts`,
      120_000,
    );
    const waits = statuses
      .filter((status: LinkStatus) => status.state === 'reconnecting' && status.retryInMs !== null)
      .map((status) => status.retryInMs ?? 0);
    expect(waits.length).toBeGreaterThanOrEqual(REFUSED_ATTEMPTS);
    // The first retry goes at once; every later wait, however long the outage, is 250 ms at most.
    expect(waits[0]).toBe(0);
    expect(Math.max(...waits)).toBeLessThanOrEqual(250);

    proxy.unblock();
    await waitFor(
      async () => (await liveState(core)).link.state === 'connected',
      'the link back',
      60_000,
    );
    await session.caughtUp();
    expect((await liveState(core)).products[0]).toMatchObject({ stock: 4700, sold: 300 });
    const links = runLog(dataDir, runId, 'link').map((entry) => entry.payload.state);
    expect(links.at(-1)).toBe('connected');
    expect((await liveState(core)).link.retryInMs).toBeNull();
  }, 180_000);
});
