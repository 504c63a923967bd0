import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { liveState, readConsoleDb, waitFor } from '../../support/console-core';
import { useConsoleHarness } from '../../support/console-harness';
import { TEST_SHOW } from '../../support/sale-server';
import { ledgerOrderIds, loggedEventSeqs, loggedOrderIds, seqsUpTo } from '../history/ledger-log';

const harness = useConsoleHarness();

const CHILD = join(import.meta.dirname, '..', 'sync', 'fixtures', 'console-process.ts');
const KILLS = 20;
const RATE = 2_000;

function startChild(dataDir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  harness.defer(() => {
    child.kill('SIGKILL');
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.stdout?.once('data', () => resolve(child));
  });
}

function appliedSeq(dataDir: string, runId: number): number {
  return readConsoleDb(
    dataDir,
    (db) =>
      (
        db.prepare('SELECT last_seq AS seq FROM run_sync WHERE run_id = ?').get(runId) as {
          seq: number;
        }
      ).seq,
  );
}

/** A reproducible sequence of "random" moments: 50 to 1,250 events after the restart. */
function* moments(): Generator<number> {
  let x = 20_261_204;
  for (;;) {
    x = (x * 1_103_515_245 + 12_345) % 2 ** 31;
    yield 50 + (x % 1_200);
  }
}

describe('kill -9 of the console during a crowd run', () => {
  it(
    `keeps the run log equal to the ledger through ${KILLS} kills at ${RATE} orders/s`,
    { timeout: 120_000 },
    async () => {
      const session = await harness.openSession({
        products: [{ sku: 'A', stock: 1_000_000 }],
        until: 'live',
        retainEvents: 1_000,
      });
      const { dataDir, runId } = session;
      session.core.close();
      let crowdDone = false;
      const crowd = session
        .crowd({ skus: ['A'], rate: RATE, seconds: 30, clients: 4 })
        .finally(() => (crowdDone = true));
      const next = moments();
      const recoveries: number[] = [];
      for (let kill = 0; kill < KILLS; kill += 1) {
        const spawnedAt = Date.now();
        const serverAtSpawn = session.serverSeq();
        const child = await startChild(dataDir);
        await waitFor(() => appliedSeq(dataDir, runId) >= serverAtSpawn, 'the restart to sync');
        recoveries.push(Date.now() - spawnedAt);
        const from = appliedSeq(dataDir, runId);
        const at = from + (next.next().value as number);
        // Once the crowd has stopped (the machine may be slow), the later kills come once caught up.
        await waitFor(
          () => appliedSeq(dataDir, runId) >= Math.min(at, crowdDone ? session.serverSeq() : at),
          `kill ${kill + 1}`,
          30_000,
        );
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGKILL');
        await exited;
      }
      recoveries.sort((a, b) => a - b);
      process.stdout.write(
        `kill -9 x${KILLS}: process start to synced link, ms: min ${recoveries[0]}, median ` +
          `${recoveries[KILLS >> 1]}, max ${recoveries[KILLS - 1]}\n`,
      );
      const console = harness.startConsole(dataDir);
      await session.caughtUp(console);
      const before = session.serverSeq();
      await waitFor(
        async () => (await liveState(console)).link.logMissing === 0,
        'the run log to be whole',
        60_000,
      );
      expect(loggedEventSeqs(dataDir, runId).slice(0, before)).toEqual(seqsUpTo(before));
      await crowd;
      await session.caughtUp(console);
      await waitFor(
        async () => (await liveState(console)).link.logMissing === 0,
        'the run log to be whole',
      );
      const ledger = session.inspect();
      expect(loggedEventSeqs(dataDir, runId)).toEqual(seqsUpTo(ledger.seq));
      expect(loggedOrderIds(dataDir, runId)).toEqual(
        ledgerOrderIds(session.server.ledgerFile, TEST_SHOW),
      );
      expect((await liveState(console)).products[0]).toMatchObject({
        stock: ledger.snapshot.products[0].stock,
        sold: ledger.orders.units,
      });
    },
  );
});
