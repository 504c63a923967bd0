import { describe, expect, it } from 'vitest';
import { liveState, waitFor } from '../../support/console-core';
import { useConsoleHarness } from '../../support/console-harness';
import { TEST_SHOW } from '../../support/sale-server';
import { ledgerOrderIds, loggedEventSeqs, loggedOrderIds, seqsUpTo } from '../history/ledger-log';

const harness = useConsoleHarness();

const FAULTS = 24;
const RATE = 2_000;

/** A reproducible "random" sequence in [0, 1). */
function* seeded(seed: number): Generator<number> {
  let x = seed;
  for (;;) {
    x = (x * 1_103_515_245 + 12_345) % 2 ** 31;
    yield x / 2 ** 31;
  }
}

describe('random link faults through a TCP proxy', () => {
  it(
    `keeps every order in the run log exactly once through ${FAULTS} random drops and delays`,
    { timeout: 120_000 },
    async () => {
      const session = await harness.openSession({
        products: [{ sku: 'A', stock: 1_000_000 }],
        until: 'live',
        proxy: true,
        retainEvents: 2_000,
      });
      const { core, dataDir, runId, proxy } = session;
      let crowdDone = false;
      const crowd = session
        .crowd({ skus: ['A'], rate: RATE, seconds: 60, clients: 4 })
        .finally(() => (crowdDone = true));
      const random = seeded(10_2026);
      const counts = { drops: 0, delays: 0, stalls: 0 };
      // Each fault starts after 100 to 1,100 more events on the server and lasts (a delay holds
      // the server's bytes, a stall refuses new connections) for 50 to 1,550 more events.
      for (let fault = 0; fault < FAULTS && !crowdDone; fault += 1) {
        const startAt =
          session.serverSeq() + 100 + Math.floor((random.next().value as number) * 1_000);
        await waitFor(
          () => crowdDone || session.serverSeq() >= startAt,
          `fault ${fault + 1}`,
          30_000,
        );
        const kind = random.next().value as number;
        const lasting = 50 + Math.floor((random.next().value as number) * 1_500);
        const until = session.serverSeq() + lasting;
        if (kind < 0.4) {
          counts.drops += 1;
          proxy.cut();
        } else if (kind < 0.75) {
          counts.delays += 1;
          proxy.holdDownstream();
          await waitFor(() => crowdDone || session.serverSeq() >= until, 'the delay', 30_000);
          proxy.releaseDownstream();
        } else {
          counts.stalls += 1;
          proxy.block();
          await waitFor(() => crowdDone || session.serverSeq() >= until, 'the stall', 30_000);
          proxy.unblock();
        }
      }
      process.stdout.write(`proxy faults: ${JSON.stringify(counts)}\n`);
      await crowd;
      await session.caughtUp();
      await waitFor(
        async () => (await liveState(core)).link.logMissing === 0,
        'the run log to be whole',
        60_000,
      );
      const ledger = session.inspect();
      expect(loggedEventSeqs(dataDir, runId)).toEqual(seqsUpTo(ledger.seq));
      expect(loggedOrderIds(dataDir, runId)).toEqual(
        ledgerOrderIds(session.server.ledgerFile, TEST_SHOW),
      );
      expect((await liveState(core)).products[0]).toMatchObject({
        stock: ledger.snapshot.products[0].stock,
        sold: ledger.orders.units,
      });
    },
  );
});
