import { describe, expect, it } from 'vitest';
import { LiveController } from '../../../src/main/core/live/live-controller';
import { TokenVault } from '../../../src/main/core/store/token-vault';
import { EventHub } from '../../../src/main/core/api/event-hub';
import {
  RehearsalTargetError,
  RunTargets,
} from '../../../src/main/core/rehearsal/link/target-guard';
import { openDatabase } from '../../../src/main/core/store/database';
import { syncTuning } from '../../../src/main/core/sync/tuning';
import { lineupForServer } from '../../../src/main/core/live/lineup-upload';
import { createRun } from '../../../src/main/core/runs/run-repository';
import type { LogEntry } from '../../../src/shared/logger';
import { connected, liveState, readConsoleDb, waitFor } from '../../support/console-core';
import { useConsoleHarness } from '../../support/console-harness';
import { databaseFile, goLive, invoke, invokeError } from '../../support/core-api';
import { TEST_SHOW, TEST_TOKEN } from '../../support/sale-server';
import { TcpRelay } from '../../../src/main/core/net/tcp-relay';
import { openDemoConsole, runUntil } from './rehearsal-harness';

const harness = useConsoleHarness();
const LIVE_TOKEN = 'live-token';
const LIVE_SHOW = 'tmall-618';

/** A live reference sale server behind a counting relay, and every log line it wrote. */
async function startLiveServer(): Promise<{ url: string; logs: LogEntry[]; proxy: TcpRelay }> {
  const logs: LogEntry[] = [];
  const live = await harness.startServer({
    token: LIVE_TOKEN,
    showId: LIVE_SHOW,
    log: (entry) => logs.push(entry),
  });
  const proxy = await TcpRelay.start(live.port);
  harness.defer(() => proxy.close());
  return { url: proxy.url, logs, proxy };
}

/**
 * Opens a link for `showId` (through `open`) to a fresh server, and waits until `isConnected`
 * says it is up.
 */
async function witnessLink(
  showId: number,
  open: (target: {
    showId: number;
    serverUrl: string;
    token: string;
    serverShowId: string;
  }) => unknown,
  isConnected: () => boolean | Promise<boolean>,
): Promise<void> {
  const server = await harness.startServer();
  await open({ showId, serverUrl: server.url, token: TEST_TOKEN, serverShowId: TEST_SHOW });
  await waitFor(isConnected, 'the witness link');
}

const consolesConnected = (logs: LogEntry[]) =>
  logs.filter((entry) => entry.msg === 'console connected').length;

/** When the run ended, as the console's database has it (null while it is open). */
function endedAt(dataDir: string, runId: number): number | null {
  const row = readConsoleDb(dataDir, (db) =>
    db.prepare('SELECT ended_at FROM runs WHERE id = ?').get(runId),
  ) as { ended_at: number | null };
  return row.ended_at;
}

describe('rehearsal safety', () => {
  it('sends nothing to a configured live server during a full rehearsal', async () => {
    const { url, logs, proxy } = await startLiveServer();
    const { core, dataDir, showId } = await openDemoConsole(harness);
    const target = { showId, serverUrl: url, token: LIVE_TOKEN, serverShowId: LIVE_SHOW };

    // The live server is configured: checked, connected once, and the run ended.
    const checklist = await invoke(core, 'live.checklist', target);
    expect(checklist.ok).toBe(true);
    const show = await invoke(core, 'show.get', { showId });
    await invoke(core, 'live.goLive', { ...target, confirmation: show.name });
    await waitFor(() => connected(core), 'the live link');
    // The lineup upload is answered before the run ends, so no command waits at its end.
    await waitFor(
      async () => (await liveState(core)).link.commandsPending === 0,
      'the answers to the commands sent on connect',
    );
    await invoke(core, 'run.end', {});
    await waitFor(() => proxy.open === 0, 'the live connections to close');
    const before = {
      connections: proxy.accepted,
      bytes: proxy.bytes,
      consoles: consolesConnected(logs),
    };
    expect(before.connections).toBeGreaterThan(0);

    // A full rehearsal: start, pin each slot, drop the link once, change speed, stop.
    await invoke(core, 'rehearsal.start', {
      showId,
      preset: '618',
      seed: 9,
      speed: 20,
      startPaused: true,
    });
    for (const seconds of [20, 40, 60, 80]) {
      await invoke(core, 'rehearsal.nextSlot', {});
      await runUntil(core, seconds);
    }
    await invoke(core, 'rehearsal.dropLink', { seconds: 10 });
    await invoke(core, 'rehearsal.setSpeed', { speed: 10 });
    await runUntil(core, 100);
    const rehearsal = await invoke(core, 'rehearsal.stop', {});
    expect(rehearsal.kind).toBe('rehearsal');
    expect(rehearsal.endedAt).not.toBeNull();
    expect(new URL(rehearsal.serverUrl).hostname).toBe('127.0.0.1');

    expect({
      connections: proxy.accepted,
      bytes: proxy.bytes,
      consoles: consolesConnected(logs),
    }).toEqual(before);
    const row = readConsoleDb(dataDir, (db) =>
      db.prepare('SELECT kind, seed FROM runs WHERE id = ?').get(rehearsal.id),
    );
    expect(row).toEqual({ kind: 'rehearsal', seed: 9 });
  }, 120_000);

  it('refuses a rehearsal link to any other address, before any byte is sent', async () => {
    const { url, logs, proxy } = await startLiveServer();
    const { core, dataDir, showId } = await openDemoConsole(harness);
    core.close();

    const { db } = openDatabase(databaseFile(dataDir));
    const targets = new RunTargets();
    const controller = new LiveController({
      db,
      events: new EventHub(),
      tuning: syncTuning(),
      checkTarget: (target) => targets.check(target),
      vault: TokenVault.fromKeyFile(dataDir),
    });
    try {
      expect(lineupForServer(db, showId).length).toBeGreaterThan(0);
      for (const serverUrl of [url, url.replace('127.0.0.1', 'localhost')]) {
        expect(() =>
          controller.open({
            showId,
            kind: 'rehearsal',
            serverUrl,
            serverShowId: LIVE_SHOW,
            token: LIVE_TOKEN,
          }),
        ).toThrow(RehearsalTargetError);
      }
      const unguarded = new LiveController({
        db,
        events: new EventHub(),
        tuning: syncTuning(),
        vault: TokenVault.fromKeyFile(dataDir),
      });
      expect(() =>
        unguarded.open({
          showId,
          kind: 'rehearsal',
          serverUrl: url,
          serverShowId: LIVE_SHOW,
          token: LIVE_TOKEN,
        }),
      ).toThrow(/rehearsal server check/);
      expect(db.prepare('SELECT COUNT(*) AS n FROM runs').get()).toEqual({ n: 0 });
      // A link opened after the refusals reaches its server: one the refused opens had started
      // would have reached the live server by then.
      await witnessLink(
        showId,
        (target) => controller.open({ ...target, kind: 'live' }),
        () => controller.state()?.link.state === 'connected',
      );
      expect(proxy.accepted).toBe(0);
      expect(proxy.bytes).toBe(0);
      expect(consolesConnected(logs)).toBe(0);
    } finally {
      controller.close();
      db.close();
    }
  });

  it('ends a rehearsal left open by a killed app, never reconnecting its old address', async () => {
    const { url, logs, proxy } = await startLiveServer();
    const killed = await openDemoConsole(harness);
    const { dataDir, showId } = killed;
    killed.core.close();
    // As a killed app leaves it: the rehearsal run still open, and its old loopback port now
    // belongs to a live server.
    const { db } = openDatabase(databaseFile(dataDir));
    const run = createRun(db, {
      showId,
      kind: 'rehearsal',
      name: 'killed rehearsal',
      target: { serverUrl: url, serverShowId: LIVE_SHOW, token: LIVE_TOKEN },
    });
    db.close();

    const { core } = await openDemoConsole(harness, dataDir);
    expect(await invoke(core, 'live.state', {})).toBeNull();
    expect(await invoke(core, 'rehearsal.state', {})).toBeNull();
    // A link opened after the start reaches its server: a reconnect the start had begun would
    // have reached the live server by then.
    await witnessLink(
      showId,
      (target) => goLive(core, target),
      () => connected(core),
    );
    expect(proxy.accepted).toBe(0);
    expect(consolesConnected(logs)).toBe(0);
    const entries = readConsoleDb(dataDir, (read) =>
      read
        .prepare('SELECT kind, payload FROM run_log_entries WHERE run_id = ? ORDER BY seq')
        .all(run.id)
        .map((row) => (row as { kind: string }).kind),
    );
    expect(entries).toEqual(['run_started', 'rehearsal', 'run_ended']);
    expect(endedAt(dataDir, run.id)).not.toBeNull();
  });

  it('ends the rehearsal run when the app closes during it', async () => {
    const { core, dataDir, showId } = await openDemoConsole(harness);
    const started = await invoke(core, 'rehearsal.start', {
      showId,
      preset: 'calm',
      startPaused: true,
    });
    core.close();
    const again = await openDemoConsole(harness, dataDir);
    expect(await invoke(again.core, 'live.state', {})).toBeNull();
    expect(endedAt(dataDir, started.runId)).not.toBeNull();
  });

  it('keeps live runs off the rehearsal server', async () => {
    const { core, showId } = await openDemoConsole(harness);
    const state = await invoke(core, 'rehearsal.start', {
      showId,
      preset: 'calm',
      startPaused: true,
    });
    const error = await invokeError(core, 'link.connect', {
      showId,
      serverUrl: state.serverUrl,
      token: 'x',
      serverShowId: 'rehearsal',
    });
    expect(error.code).toBe('forbidden');
    await invoke(core, 'rehearsal.stop', {});
  });
});
