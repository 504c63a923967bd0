import type { ChildProcess } from 'node:child_process';
import type { MessagePort } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { CoreSupervisor, type CoreStatus } from '../../../src/main/core-process/supervisor';
import { WindowPorts } from '../../../src/main/shell/window-ports';
import type { LiveState } from '../../../src/shared/model/live';
import { useConsoleHarness } from '../../support/console-harness';
import { product, RESOURCES_DIR } from '../../support/core-api';
import { forkCore } from '../../support/forked-core';
import { goLiveThrough } from '../../support/go-live';
import { openNodeChannel, TestWindow } from '../../support/port-window';
import { TEST_SHOW, TEST_TOKEN } from '../../support/sale-server';
import { waitFor } from '../../support/console-core';

const harness = useConsoleHarness();

async function live(window: TestWindow): Promise<LiveState> {
  const state = await window.call('live.state', {});
  if (state === null) throw new Error('no run is open');
  return state;
}

/**
 * The shell's side under Node: a supervisor over forked core processes on `dataDir`, and the
 * window ports it hands to windows; every process and status is recorded.
 */
async function startForkedCore(dataDir: string) {
  const processes: ChildProcess[] = [];
  const statuses: CoreStatus[] = [];
  const ports: WindowPorts<MessagePort> = new WindowPorts({
    openChannel: openNodeChannel,
    connectCore: (port) => core.connectPort(port),
  });
  const core: CoreSupervisor<MessagePort> = new CoreSupervisor({
    spawn: () => forkCore((child) => processes.push(child)),
    start: { dataDir, resourcesDir: RESOURCES_DIR, transport: 'web', seedDemo: false },
    onStatus: (status) => {
      statuses.push(status);
      void ports.coreStatus(status);
    },
  });
  harness.defer(() => core.stop());
  await core.start();
  let nextId = 1;
  const openWindow = async () => {
    const window = new TestWindow();
    await ports.connect(nextId++, window);
    return window;
  };
  return { core, processes, statuses, openWindow };
}

describe('the core in its own process', () => {
  it('answers each window over its own port and pushes every event to each', async () => {
    const { openWindow } = await startForkedCore(await harness.tempDir());
    const console = await openWindow();
    const host = await openWindow();
    const seenByHost: string[] = [];
    host.client.subscribe('shows.changed', () => seenByHost.push('shows.changed'));
    const show = await console.call('show.create', { name: 'Over the wire' });
    expect(show.name).toBe('Over the wire');
    await waitFor(() => seenByHost.length > 0, 'shows.changed on the other window');
    await expect(console.call('show.create', { name: 42 } as never)).rejects.toMatchObject({
      code: 'invalid_input',
    });
    await expect(console.call('no.such.method' as never, {} as never)).rejects.toMatchObject({
      code: 'unknown_method',
    });
    expect((await host.call('show.list', {})).map((s) => s.name)).toContain('Over the wire');
  }, 60_000);

  it('says why it cannot start', async () => {
    const dataDir = await harness.tempDir();
    const core = new CoreSupervisor<MessagePort>({
      spawn: () => forkCore(),
      start: {
        dataDir,
        resourcesDir: RESOURCES_DIR,
        transport: 'web',
        nativeBinding: '/nowhere/better_sqlite3.node',
      },
    });
    await expect(core.start()).rejects.toThrow(/not built for this runtime/);
    expect(await core.connectPort(openNodeChannel().core)).toBe(false);
  }, 60_000);

  it('is started again when it dies during a run; the windows are told, get new ports, resync and the run resumes', async () => {
    const server = await harness.startServer();
    const { processes, statuses, openWindow } = await startForkedCore(await harness.tempDir());
    const window = await openWindow();
    const show = await window.call('show.create', { name: 'Kill test' });
    await window.call('product.add', {
      showId: show.id,
      product: product('A', { openingStock: 100, priceMinor: 1000 }),
    });
    const run = await goLiveThrough((method, input) => window.call(method, input), {
      showId: show.id,
      serverUrl: server.url,
      token: TEST_TOKEN,
      serverShowId: TEST_SHOW,
    });
    await waitFor(async () => (await live(window)).link.state === 'connected', 'the link');
    await window.call('live.command', { command: { type: 'startShow' } });
    await waitFor(async () => (await live(window)).showState === 'live', 'the show on air');
    expect(window.statuses).toEqual(['open']);

    processes[0]?.kill('SIGKILL');
    await waitFor(() => window.client.status === 'reconnecting', 'the window told of the stop');
    // A call made while the core is down waits for the window's next port and is answered there.
    const during = live(window);
    await waitFor(() => statuses.some((s) => s.kind === 'restarted'), 'the restart', 60_000);
    expect(statuses[0]).toMatchObject({ kind: 'stopped' });
    expect(processes).toHaveLength(2);
    expect((await during).run.id).toBe(run.id);
    // 'reconnecting' then 'open' is what makes the page take a snapshot and follow events again.
    expect(window.statuses).toEqual(['open', 'reconnecting', 'open']);
    expect(window.ports).toBe(2);

    const liveEvents: unknown[] = [];
    window.client.subscribe('live.state', (payload) => liveEvents.push(payload));
    await waitFor(async () => (await live(window)).link.state === 'connected', 'the link again');
    const resumed = await live(window);
    expect(resumed.run.id).toBe(run.id);
    expect(resumed.showState).toBe('live');
    const restock = await window.call('live.command', {
      command: { type: 'restock', sku: 'A', units: 5 },
    });
    await waitFor(
      () => server.inspect(TEST_SHOW).snapshot.products.some((p) => p.stock === 105),
      `the restock ${restock.commandId} on the server`,
    );
    await waitFor(() => liveEvents.length > 0, 'events from the new process on the new port');
  }, 120_000);
});
