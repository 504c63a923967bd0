import type { ChildProcess } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CoreSupervisor, type CoreStatus } from '../../../src/main/core-process/supervisor';
import type { ApiInput, ApiMethod, ApiResult } from '../../../src/shared/api/contract';
import { ApiError, type ApiEnvelope } from '../../../src/shared/api/errors';
import type { LiveState } from '../../../src/shared/model/live';
import { useConsoleHarness } from '../../support/console-harness';
import { product, RESOURCES_DIR } from '../../support/core-api';
import { forkCore } from '../../support/forked-core';
import { TEST_SHOW, TEST_TOKEN } from '../../support/sale-server';
import { waitFor } from '../../support/console-core';

const harness = useConsoleHarness();

async function call<M extends ApiMethod>(
  core: CoreSupervisor,
  method: M,
  input: ApiInput<M>,
): Promise<ApiResult<M>> {
  const envelope = (await core.dispatch(method, input)) as ApiEnvelope<ApiResult<M>>;
  if (envelope.ok) return envelope.value;
  throw ApiError.fromBody(envelope.error);
}

async function live(core: CoreSupervisor): Promise<LiveState> {
  const state = await call(core, 'live.state', {});
  if (state === null) throw new Error('no run is open');
  return state;
}

/** A supervisor over forked core processes on `dataDir`; every process it starts is recorded. */
async function startForkedCore(dataDir: string) {
  const processes: ChildProcess[] = [];
  const statuses: CoreStatus[] = [];
  const core = new CoreSupervisor({
    spawn: () => forkCore((child) => processes.push(child)),
    start: { dataDir, resourcesDir: RESOURCES_DIR, transport: 'web', seedDemo: false },
    onStatus: (status) => statuses.push(status),
  });
  harness.defer(() => core.stop());
  await core.start();
  return { core, processes, statuses };
}

describe('the core in its own process', () => {
  it('answers the console API and pushes events over the wire', async () => {
    const { core } = await startForkedCore(await harness.tempDir());
    const seen: string[] = [];
    core.events.listen((event) => seen.push(event));
    const show = await call(core, 'show.create', { name: 'Over the wire' });
    expect(show.name).toBe('Over the wire');
    await waitFor(() => seen.includes('shows.changed'), 'shows.changed');
    const refused = await core.dispatch('show.create', { name: 42 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await core.dispatch('no.such.method', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown_method' },
    });
  }, 60_000);

  it('says why it cannot start', async () => {
    const dataDir = await harness.tempDir();
    const core = new CoreSupervisor({
      spawn: () => forkCore(),
      start: {
        dataDir,
        resourcesDir: RESOURCES_DIR,
        transport: 'web',
        nativeBinding: '/nowhere/better_sqlite3.node',
      },
    });
    await expect(core.start()).rejects.toThrow(/not built for this runtime/);
  }, 60_000);

  it('is started again when it dies during a run, and the run resumes', async () => {
    const server = await harness.startServer();
    const { core, processes, statuses } = await startForkedCore(await harness.tempDir());
    const show = await call(core, 'show.create', { name: 'Kill test' });
    await call(core, 'product.add', {
      showId: show.id,
      product: product('A', { openingStock: 100, priceMinor: 1000 }),
    });
    const run = await call(core, 'link.connect', {
      showId: show.id,
      serverUrl: server.url,
      token: TEST_TOKEN,
      serverShowId: TEST_SHOW,
    });
    await waitFor(async () => (await live(core)).link.state === 'connected', 'the link');
    await call(core, 'live.command', { command: { type: 'startShow' } });
    await waitFor(async () => (await live(core)).showState === 'live', 'the show on air');

    const first = processes[0];
    first?.kill('SIGKILL');
    await waitFor(() => statuses.length > 0, 'the shell to see the core stop');
    // A call made while the core is down waits for the new process and is answered.
    const during = live(core);
    await waitFor(() => statuses.some((s) => s.kind === 'restarted'), 'the restart', 60_000);
    expect(statuses[0]).toMatchObject({ kind: 'stopped' });
    expect(processes).toHaveLength(2);
    expect((await during).run.id).toBe(run.id);

    await waitFor(async () => (await live(core)).link.state === 'connected', 'the link again');
    const resumed = await live(core);
    expect(resumed.run.id).toBe(run.id);
    expect(resumed.showState).toBe('live');
    const restock = await call(core, 'live.command', {
      command: { type: 'restock', sku: 'A', units: 5 },
    });
    await waitFor(
      () => server.inspect(TEST_SHOW).snapshot.products.some((p) => p.stock === 105),
      `the restock ${restock.commandId} on the server`,
    );
  }, 120_000);
});
