import { coreText } from '../../../../shared/api/core-text';
import { ApiError, issueAt } from '../../../../shared/api/errors';
import type { LiveRun } from '../../../../shared/model/live';
import type { GoLiveChecklist } from '../../../../shared/model/rehearsal';
import type { LiveController } from '../../live/live-controller';
import { consoleId } from '../../runs/console-id';
import { lineupForServer } from '../../live/lineup-upload';
import { requireShowRow } from '../../lineup/show-queries';
import type { Db } from '../../store/database';
import type { RunTargets } from '../link/target-guard';
import { checklistOf } from './checklist';
import { probeServer } from './server-probe';

const PROBE_TIMEOUT_MS = 5000;

export interface GoLiveTarget {
  showId: number;
  serverUrl: string;
  token: string;
  serverShowId: string;
}

export interface GoLiveDeps {
  db: Db;
  live: LiveController;
  targets: RunTargets;
  /** true while a rehearsal runs (going live must wait for its end). */
  rehearsing(): boolean;
}

/** Checks a live sale server before going live: reachable, token, show, lineup and stock. */
export async function goLiveChecklist(
  deps: GoLiveDeps,
  target: GoLiveTarget,
): Promise<GoLiveChecklist> {
  const { db, targets } = deps;
  requireShowRow(db, target.showId);
  targets.check({ kind: 'live', serverUrl: target.serverUrl });
  const probe = await probeServer({ ...target, consoleId: consoleId(db) }, PROBE_TIMEOUT_MS);
  return checklistOf(probe, lineupForServer(db, target.showId), target.serverShowId);
}

/**
 * The explicit step into a live show: the producer types the show's name, the checklist passes,
 * and only then does a run of kind 'live' open. It is the only way a live run opens: `link.connect`
 * only reconnects an open one.
 */
export async function goLive(
  deps: GoLiveDeps,
  target: GoLiveTarget & { confirmation: string },
): Promise<LiveRun> {
  const show = requireShowRow(deps.db, target.showId);
  if (target.confirmation.trim() !== show.name.trim()) {
    throw new ApiError('invalid_input', coreText('go_live_confirmation'), [
      issueAt(['confirmation'], coreText('go_live_type_name', { name: show.name })),
    ]);
  }
  if (deps.rehearsing()) {
    throw new ApiError('conflict', coreText('go_live_rehearsing'));
  }
  const checklist = await goLiveChecklist(deps, target);
  if (!checklist.ok) {
    const failed = checklist.items.filter((entry) => entry.status === 'failed');
    throw new ApiError(
      'conflict',
      coreText('go_live_checklist_failed', { count: failed.length }),
      failed.map((entry) => ({ path: ['checklist', entry.id], message: entry.detail })),
    );
  }
  const { showId, serverUrl, token, serverShowId } = target;
  return deps.live.open({ showId, kind: 'live', serverUrl, token, serverShowId });
}
