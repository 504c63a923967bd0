import type { RehearsalState } from '../../../src/shared/model/rehearsal';
import type { LiveCommand } from '../../../src/shared/model/live';
import type { Core } from '../../../src/main/core/core';
import { readConsoleDb, waitFor } from '../../support/console-core';
import type { ConsoleHarness } from '../../support/console-harness';
import { invoke } from '../../support/core-api';

export interface DemoConsole {
  core: Core;
  dataDir: string;
  /** The demo show (the 618 lineup). */
  showId: number;
}

/**
 * A console with the demo show and short sync timings, closed after the test: on `dataDir` (to
 * start again where an earlier console left off), or on a fresh folder.
 */
export async function openDemoConsole(
  harness: ConsoleHarness,
  dataDir?: string,
): Promise<DemoConsole> {
  const folder = dataDir ?? (await harness.tempDir());
  const core = harness.startConsole(folder, { seedDemo: true });
  const shows = await invoke(core, 'show.list', {});
  return { core, dataDir: folder, showId: shows[0].id };
}

export async function rehearsalState(core: Core): Promise<RehearsalState> {
  const state = await invoke(core, 'rehearsal.state', {});
  if (state === null) throw new Error('no rehearsal is running');
  return state;
}

/** Runs the rehearsal until show time reaches `seconds`, and leaves it paused there. */
export async function runUntil(core: Core, seconds: number): Promise<RehearsalState> {
  await invoke(core, 'rehearsal.pause', { atSeconds: seconds });
  await invoke(core, 'rehearsal.resume', {});
  await waitFor(
    async () => {
      const state = await rehearsalState(core);
      return state.paused && state.simulatedMs >= seconds * 1000;
    },
    `show time ${seconds} s`,
    120_000,
  );
  return rehearsalState(core);
}

/** Sends a command and waits until the server has acknowledged it. */
export async function command(core: Core, command: LiveCommand): Promise<void> {
  const { commandId } = await invoke(core, 'live.command', { command });
  await waitFor(async () => {
    const state = await invoke(core, 'live.state', {});
    return state !== null && !state.pending.some((entry) => entry.commandId === commandId);
  }, `command ${command.type} acknowledged`);
}

export interface LogLine {
  kind: string;
  type?: string;
  sku?: string;
  qty?: number;
  status?: string;
  count?: number;
}

/**
 * A run's log without wall-clock times, ids or seqs: kinds of entry, event and command types,
 * SKUs, quantities and outcomes, in order. Link and rehearsal entries are left out: they record
 * wall-clock facts (reconnect attempts, clock entries) whose place among the events varies.
 */
export function comparableLog(dataDir: string, runId: number): LogLine[] {
  const rows = readConsoleDb(
    dataDir,
    (db) =>
      db
        .prepare(
          `SELECT kind, payload FROM run_log_entries WHERE run_id = ?
             AND kind IN ('event', 'command', 'command_outcome', 'snapshot') ORDER BY seq`,
        )
        .all(runId) as { kind: string; payload: string }[],
  );
  return rows.map(({ kind, payload }) => {
    const body = JSON.parse(payload) as Record<string, unknown>;
    const command = body.command as Record<string, unknown> | undefined;
    const source = command ?? body;
    const line: LogLine = { kind };
    const type = source.type ?? body.kind;
    if (typeof type === 'string') line.type = type;
    if (typeof source.sku === 'string') line.sku = source.sku;
    if (typeof source.qty === 'number') line.qty = source.qty;
    if (typeof body.status === 'string') line.status = body.status;
    if (typeof body.count === 'number') line.count = body.count;
    return line;
  });
}
