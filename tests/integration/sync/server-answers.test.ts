import { describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core/core';
import type { HandshakeErrorCode } from '../../../src/shared/protocol';
import { createShow, liveState, record, runLog, waitFor } from '../../support/console-core';
import { useConsoleHarness } from '../../support/console-harness';
import { goLive, invoke } from '../../support/core-api';
import { MisbehavingServer, orderEvent } from '../../support/misbehaving-server';
import { TEST_SHOW, TEST_TOKEN } from '../../support/sale-server';

const harness = useConsoleHarness();

interface Setup {
  server: MisbehavingServer;
  core: Core;
  dataDir: string;
  showId: number;
  runId: number;
  connect(token?: string): Promise<unknown>;
}

/**
 * A console that went live on a misbehaving server (its checklist passed), with `prepare`'s
 * misbehaviour scripted before the link's first attempt.
 */
async function setup(
  prepare: (server: MisbehavingServer) => void = () => undefined,
): Promise<Setup> {
  const server = await MisbehavingServer.start();
  harness.defer(() => server.close());
  const dataDir = await harness.tempDir();
  const core = harness.startConsole(dataDir);
  const showId = await createShow(core, [{ sku: 'A', stock: 1000 }]);
  const target = { showId, serverUrl: server.url, token: TEST_TOKEN, serverShowId: TEST_SHOW };
  const run = await goLive(core, target);
  // The link's socket connects on a later turn of the event loop than this one: the script and
  // the count start with the link's first attempt, after the checklist's own connection.
  server.attempts = 0;
  prepare(server);
  const connect = (token = TEST_TOKEN) => invoke(core, 'link.connect', { ...target, token });
  return { server, core, dataDir, showId, runId: run.id, connect };
}

async function connectedAt(core: Core, seq: number): Promise<void> {
  await waitFor(async () => {
    const { link } = await liveState(core);
    return link.state === 'connected' && link.lastSeq === seq;
  }, `the console at seq ${seq}`);
}

describe('the console against a server that misbehaves', () => {
  it.each<HandshakeErrorCode>(['bad_token', 'bad_version', 'unknown_show'])(
    'stops retrying after %s and says so, until a person reconnects',
    async (code) => {
      const { server, core, connect } = await setup((s) => (s.script.refuse = code));
      await waitFor(async () => (await liveState(core)).link.state === 'offline', 'the stop');
      const { link } = await liveState(core);
      expect(link.lastErrorReason).toMatchObject({ code: 'refused', params: { refusal: code } });
      expect(server.attempts).toBe(1);

      server.script.refuse = null;
      await connect('another-token');
      await connectedAt(core, 0);
      expect(server.attempts).toBe(2);
    },
  );

  it('resends a command rejected with internal, and applies it once', async () => {
    const { server, core } = await setup((s) => (s.script.internalRejections = 2));
    await connectedAt(core, 0);
    const outcomes = record(core, 'command.outcome');
    const { commandId } = await invoke(core, 'live.command', {
      command: { type: 'restock', sku: 'A', units: 5 },
    });
    await waitFor(() => outcomes.length === 1, 'the outcome');
    expect(outcomes[0]).toMatchObject({ commandId, status: 'applied' });
    expect(server.commands).toEqual([commandId, commandId, commandId]);
  });

  it('gives up on internal rejections after a cap, with the rejection as the outcome', async () => {
    const { server, core } = await setup((s) => (s.script.internalRejections = 100));
    await connectedAt(core, 0);
    const outcomes = record(core, 'command.outcome');
    await invoke(core, 'live.command', { command: { type: 'restock', sku: 'A', units: 5 } });
    await waitFor(() => outcomes.length === 1, 'the outcome');
    expect(outcomes[0]).toMatchObject({ status: 'rejected', reason: { code: 'internal' } });
    expect(server.commands).toHaveLength(6);
  });

  it('escalates a resume without answer: a snapshot request, then a new connection', async () => {
    const { server, core } = await setup((s) => {
      s.script.resume = 'ignore';
      s.script.snapshot = false;
    });
    await connectedAt(core, 0);
    server.publish([orderEvent(1)]);
    await connectedAt(core, 1);
    server.publish([orderEvent(2), orderEvent(3)], [orderEvent(3)]);
    await waitFor(() => server.attempts === 2, 'a new connection');
    expect(server.resumes[0]).toBe(1);
    expect(server.snapshotRequests).toBe(1);

    server.script.resume = 'replay';
    server.script.snapshot = true;
    await connectedAt(core, 3);
    expect(server.resumes.slice(1)).toContain(1);
  });

  it('takes a snapshot when the replay is malformed', async () => {
    const { server, core } = await setup((s) => (s.script.resume = 'malformed'));
    await connectedAt(core, 0);
    server.publish([orderEvent(1), orderEvent(2)], [orderEvent(2)]);
    await connectedAt(core, 2);
    expect(server.resumes).toEqual([0]);
    expect(server.snapshotRequests).toBe(1);
    expect(server.attempts).toBe(1);
    expect((await liveState(core)).products[0]).toMatchObject({ stock: 998 });
  });

  it('stops the link on a server that lost data, and adopts nothing from it', async () => {
    const { server, core, dataDir, runId } = await setup();
    await connectedAt(core, 0);
    server.publish([orderEvent(1), orderEvent(2)]);
    await connectedAt(core, 2);
    server.script.events = [];
    await invoke(core, 'link.disconnect', {});
    await invoke(core, 'link.connect', {
      showId: (await liveState(core)).run.showId,
      serverUrl: server.url,
      token: TEST_TOKEN,
      serverShowId: TEST_SHOW,
    });
    await waitFor(async () => (await liveState(core)).link.state === 'offline', 'the stop');
    const state = await liveState(core);
    expect(state.link.lastErrorReason).toEqual({
      code: 'server_behind',
      params: { serverSeq: 0, consoleSeq: 2 },
    });
    expect(state.link.lastSeq).toBe(2);
    expect(state.products[0]).toMatchObject({ stock: 998, sold: 2 });
    expect(runLog(dataDir, runId, 'snapshot')).toHaveLength(1);
  });
});
