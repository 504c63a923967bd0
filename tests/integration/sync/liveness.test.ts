import { describe, expect, it } from 'vitest';
import type { LinkStatus } from '../../../src/shared/model/live';
import { invoke } from '../../support/core-api';
import { liveState, record, runLog, waitFor } from '../../support/console-core';
import { useConsoleHarness } from '../../support/console-harness';
import { TEST_SHOW } from '../../support/sale-server';
import { SOCKET_IO_PING } from '../../support/socket-io-ping';
import { defaultSyncTuning } from '../../../src/main/core/sync/tuning';
import { ledgerOrderIds, loggedEventSeqs, loggedOrderIds, seqsUpTo } from '../history/ledger-log';

const harness = useConsoleHarness();
const PRODUCTS = [{ sku: 'A', stock: 100 }];

async function linkOf(session: { core: Parameters<typeof liveState>[0] }): Promise<LinkStatus> {
  return (await liveState(session.core)).link;
}

function linkEntries(dataDir: string, runId: number): string[] {
  return runLog(dataDir, runId, 'link').map((row) => String(row.payload.state));
}

describe('a link whose server traffic stalls', { timeout: 30_000 }, () => {
  it('turns stale while the connection stays open, is logged, shown in the review, recovers', async () => {
    const session = await harness.openSession({ products: PRODUCTS, proxy: true, until: 'live' });
    const { core, dataDir, runId, proxy } = session;
    expect((await linkOf(session)).stale).toBe(false);

    proxy.holdDownstream();
    await waitFor(async () => (await linkOf(session)).stale, 'the link to turn stale');
    const stale = await linkOf(session);
    expect(stale.state).toBe('connected');
    expect(stale.lastEventAgeMs).toBeGreaterThan(2000);
    expect(linkEntries(dataDir, runId)).toContain('stale');

    proxy.releaseDownstream();
    await waitFor(async () => !(await linkOf(session)).stale, 'the link to be fresh again');
    const entries = linkEntries(dataDir, runId);
    expect(entries.slice(entries.indexOf('stale'))).toEqual(['stale', 'connected']);

    const timeline = await invoke(core, 'review.timeline', { runId });
    const drop = timeline.markers.find((marker) => marker.type === 'linkDown');
    expect(drop).toMatchObject({ type: 'linkDown', state: 'stale' });
    expect(
      timeline.markers.some((marker) => marker.type === 'linkUp' && marker.at >= (drop?.at ?? 0)),
    ).toBe(true);
  });

  it('flags a command whose acknowledgement is held for more than 2 s', async () => {
    const session = await harness.openSession({ products: PRODUCTS, proxy: true, until: 'live' });
    session.proxy.holdDownstream();
    await session.command({ type: 'restock', sku: 'A', units: 5 });
    await waitFor(async () => (await linkOf(session)).commandsOverdue === 1, 'the overdue flag');
    session.proxy.releaseDownstream();
    await waitFor(async () => (await linkOf(session)).commandsPending === 0, 'the acknowledgement');
    expect((await linkOf(session)).commandsOverdue).toBe(0);
  });

  it('judges a server without heartbeats by its own probe: idle is not stale, stalled is', async () => {
    const session = await harness.openSession({
      products: PRODUCTS,
      proxy: true,
      until: 'live',
      serverFeatures: [],
    });
    const statuses = record(session.core, 'link.status');
    // Idle: no event at all, so only the probe's replies keep the link fresh. Five statuses (one
    // a second) span more than twice the 2 s after which a silent link turns stale.
    await waitFor(() => statuses.length >= 5, 'five link statuses on the idle link');
    expect(statuses.some((status) => status.stale)).toBe(false);
    expect(Math.max(...statuses.map((status) => status.lastEventAgeMs ?? 0))).toBeLessThan(2000);

    session.proxy.holdDownstream();
    await waitFor(async () => (await linkOf(session)).stale, 'the stalled link to turn stale');
    session.proxy.releaseDownstream();
    await waitFor(async () => !(await linkOf(session)).stale, 'the link to be fresh again');
  });

  it('stays fresh on an idle server that sends heartbeats', async () => {
    const session = await harness.openSession({ products: PRODUCTS, until: 'live' });
    const statuses = record(session.core, 'link.status');
    await waitFor(() => statuses.length >= 4, 'four link statuses');
    expect(statuses.every((status) => !status.stale && (status.lastEventAgeMs ?? 0) < 1500)).toBe(
      true,
    );
  });
});

describe('a connection whose server side goes silent without closing', { timeout: 60_000 }, () => {
  it.each([
    { label: 'heartbeats', serverFeatures: undefined },
    { label: 'no heartbeats', serverFeatures: [] },
  ])(
    'is dropped by the console and resumed on a new one, every order logged once ($label)',
    async ({ serverFeatures }) => {
      const { deadAfterMs } = defaultSyncTuning.liveness;
      const session = await harness.openSession({
        products: [{ sku: 'A', stock: 100_000 }],
        proxy: true,
        until: 'live',
        serverFeatures,
        // The reference server's own ping would drop the silent connection first (5 s + 5 s).
        serverPing: SOCKET_IO_PING,
      });
      const { dataDir, runId, proxy } = session;
      const crowd = session.crowd({ skus: ['A'], rate: 200, orders: 3000, clients: 2 });
      await waitFor(() => session.serverSeq() >= 300, 'orders before the silence');
      const accepted = proxy.accepted;
      // The open connection's server bytes stop (the server's ping would find it only after its
      // 25 + 20 s); a new connection goes through.
      proxy.holdDownstream({ onlyOpen: true });
      await waitFor(async () => (await linkOf(session)).stale, 'the silent link to turn stale');
      await waitFor(
        async () => proxy.accepted > accepted && (await linkOf(session)).state === 'connected',
        'the console to drop the silent connection and connect again',
        deadAfterMs + 10_000,
      );
      const drop = runLog(dataDir, runId, 'link')
        .map((row) => row.payload)
        .find((entry) => entry.state === 'reconnecting');
      expect(drop).toMatchObject({
        note: { code: 'dropped', params: { error: { code: 'no_answer' } } },
      });
      const { silentMs } = (drop?.note as { params: { error: { params: { silentMs: number } } } })
        .params.error.params;
      // Not before the bound: a slow server is stale, not dropped.
      expect(silentMs).toBeGreaterThanOrEqual(deadAfterMs);

      expect((await crowd).sent).toBe(3000);
      await session.caughtUp();
      expect(loggedOrderIds(dataDir, runId)).toEqual(
        ledgerOrderIds(session.server.ledgerFile, TEST_SHOW),
      );
      expect(loggedEventSeqs(dataDir, runId)).toEqual(seqsUpTo(session.serverSeq()));
      expect(await linkOf(session)).toMatchObject({ stale: false, protocolErrors: 0 });
    },
  );
});
