import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { liveState, runLog, waitFor } from '../../support/console-core';
import { useConsoleHarness } from '../../support/console-harness';

const harness = useConsoleHarness();

const CHILD = join(import.meta.dirname, 'fixtures', 'command-process.ts');

type CrashPoint = 'committed' | 'sent' | 'acked';

describe('kill -9 of the console at the crash points of a command', () => {
  it.each<CrashPoint>(['committed', 'sent', 'acked'])(
    'applies a command once when the console dies after it was %s',
    { timeout: 60_000 },
    async (point) => {
      const session = await harness.openSession({
        products: [{ sku: 'A', stock: 1000 }],
        proxy: true,
        until: 'live',
      });
      const { dataDir, runId, proxy } = session;
      session.core.close();

      const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir, point], {
        stdio: ['pipe', 'pipe', 'inherit'],
      });
      harness.defer(() => {
        child.kill('SIGKILL');
      });
      const said: string[] = [];
      createInterface({ input: child.stdout }).on('line', (line) => said.push(line));
      await waitFor(() => said.includes('connected'), 'the child to connect');
      if (point === 'sent') proxy.holdDownstream();
      child.stdin.write('go\n');
      const stock = () => session.inspect().snapshot.products[0].stock;
      if (point === 'committed') await waitFor(() => said.includes('issued'), 'the commit');
      if (point === 'sent') await waitFor(() => stock() === 1007, 'the server to apply it');
      if (point === 'acked') await waitFor(() => said.includes('acked'), 'the stored ack');
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
      proxy.releaseDownstream();
      expect(stock()).toBe(point === 'committed' ? 1000 : 1007);

      const console = harness.startConsole(dataDir);
      await waitFor(async () => (await liveState(console)).pending.length === 0, 'the outbox');
      await session.caughtUp(console);
      expect(stock()).toBe(1007);
      expect((await liveState(console)).products[0].stock).toBe(1007);
      const outcomes = runLog(dataDir, runId, 'command_outcome').filter(
        (entry) => entry.payload.kind === 'restock',
      );
      expect(outcomes).toHaveLength(1);
      expect(['applied', 'duplicate']).toContain(outcomes[0].payload.status);
    },
  );
});
