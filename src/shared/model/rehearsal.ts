import { z } from 'zod';
import type { LiveRun, RunKind } from './live';
import { MAX_SPEED, MIN_SPEED, REHEARSAL_PRESETS } from './rehearsal-values';

/**
 * Rehearsal mode and the go-live step: the inputs the console API takes and the values it gives
 * back. A rehearsal is a run of kind 'rehearsal' against a sale server started inside the app on
 * loopback, with a simulated crowd buying through it. Simulated time ("show time") is measured
 * from the moment the rehearsal started, in milliseconds; speed is simulated seconds per wall
 * second.
 */

/** calm: a small show (a few thousand viewers). 618: the real evening (9 million viewers). */
export const RehearsalPreset = z.enum(REHEARSAL_PRESETS);
export type RehearsalPreset = z.infer<typeof RehearsalPreset>;

/** Simulated seconds per wall second: 1 (real time) to 20. */
export const RehearsalSpeed = z.number().min(MIN_SPEED).max(MAX_SPEED);

/** A 32-bit seed: the same seed and the same operator actions give the same run log. */
export const RehearsalSeed = z.number().int().min(0).max(0xffff_ffff);

/** Simulated seconds, for a link drop or a planned pause. */
export const SimulatedSeconds = z.number().int().min(1).max(86_400);

/** running or paused; stopping while `rehearsal.stop` ends the show and the run; then stopped. */
export type RehearsalStatus = 'running' | 'paused' | 'stopping' | 'stopped';

/** What the crowd sent and what the sale server decided. */
export interface CrowdTotals {
  /** Buy orders sent to the simulated server. */
  sent: number;
  /** Orders the server sold. */
  sold: number;
  unitsSold: number;
  /** Orders refused (sold out, flash sale cap, show not live). */
  refused: number;
  /** Orders without an answer in time. */
  failed: number;
}

/** Where the crowd's demand comes from. */
export type DemandSource =
  | { type: 'model'; preset: RehearsalPreset }
  /** A past run's orders per product per second, replayed. */
  | { type: 'replay'; runId: number; skus: string[]; missingSkus: string[]; lengthMs: number };

/**
 * A timed pin or flash sale of a rehearsal: `endsAt` is its end as the sale server advertises it
 * (server time, estimated at the speed it started at), `showMs` the show time it really ends at.
 */
export interface SpanEnd {
  endsAt: number;
  showMs: number;
}

export interface RehearsalState {
  run: LiveRun;
  runId: number;
  /** The local show rehearsed. */
  showId: number;
  preset: RehearsalPreset;
  seed: number;
  demand: DemandSource;
  /** Requested speed. */
  speed: number;
  /** Simulated seconds per wall second over the last few seconds (below `speed` when the machine cannot keep up; 0 while paused). */
  effectiveSpeed: number;
  status: RehearsalStatus;
  paused: boolean;
  /** Show time since the rehearsal started. */
  simulatedMs: number;
  /** The timed pins and flash sales running, with the show time each ends at (countdowns). */
  spanEnds: SpanEnd[];
  /** The rehearsal pauses by itself when show time reaches this; null: no planned pause. */
  pauseAtMs: number | null;
  /** The simulated audience now. */
  viewers: number;
  /** The console's link is cut until show time reaches `untilMs`; null: not cut. */
  linkDrop: { seconds: number; untilMs: number } | null;
  crowd: CrowdTotals;
  /** The in-process sale server the console's link goes to (always http://127.0.0.1:<port>). */
  serverUrl: string;
}

/**
 * The `rehearsal.state` event: at most a few a second while a rehearsal runs, and at once after
 * each control. `state` is null once no rehearsal is open any more.
 */
export interface RehearsalStateEvent {
  state: RehearsalState | null;
}

export interface RehearsalPresetInfo {
  id: RehearsalPreset;
  peakViewers: number;
  /** The show length the viewer curve is drawn for (the crowd keeps going after it). */
  showMinutes: number;
}

/** A past run whose demand a rehearsal can replay. */
export interface ScenarioSummary {
  runId: number;
  showId: number;
  kind: RunKind;
  name: string;
  startedAt: number;
  endedAt: number | null;
  orders: number;
  units: number;
}

/** What `rehearsal.nextSlot` pinned. */
export interface NextSlot {
  commandId: string;
  sku: string;
}

/** The run log kind of a rehearsal's own entries (besides RunLogKind in ./live). */
export const REHEARSAL_LOG_KIND = 'rehearsal';

/**
 * Entries of run log kind `rehearsal`: the rehearsal's controls and its clock, so a review can
 * map the console's wall-clock times to show time (`clock` every 10 simulated seconds and at
 * every control).
 */
export type RehearsalLogEntry =
  | {
      type: 'started';
      simulatedMs: number;
      preset: RehearsalPreset;
      seed: number;
      speed: number;
      scenarioRunId: number | null;
      serverUrl: string;
      ledgerDir: string;
    }
  | { type: 'clock'; simulatedMs: number; speed: number }
  | { type: 'paused'; simulatedMs: number }
  | { type: 'resumed'; simulatedMs: number }
  | { type: 'speed'; simulatedMs: number; speed: number }
  | { type: 'linkDropped'; simulatedMs: number; seconds: number }
  | { type: 'linkRestored'; simulatedMs: number }
  | { type: 'stopped'; simulatedMs: number; crowd: CrowdTotals }
  /** The app stopped while the rehearsal ran; the run was ended at the next start. */
  | { type: 'interrupted' };

/** One check before going live. `skipped`: not checked because an earlier check failed. */
export type ChecklistItemId = 'server_reachable' | 'token_valid' | 'show_found' | 'lineup';

/** Some SKUs named in a checklist detail: the first few, and how many there are in all. */
export interface SkuList {
  skus: string[];
  total: number;
}

/** A product whose opening stock differs between the lineup and the server's show. */
export interface StockDifference {
  sku: string;
  lineup: number;
  server: number;
}

/**
 * What a checklist item's detail says, as a code with its parameters, so that the UI can say it
 * in its own language (`detail` says the same in English). `not_checked` names the earlier
 * failure that made the check pointless.
 */
export type ChecklistReason =
  | { code: 'server_answered'; params: Record<string, never> }
  | { code: 'server_unreachable'; params: { reason: string } }
  | { code: 'server_other_protocol'; params: { message: string } }
  | { code: 'token_accepted'; params: Record<string, never> }
  | { code: 'token_refused'; params: { message: string } }
  | { code: 'show_ready'; params: { serverShowId: string; state: 'planned' | 'live' } }
  | { code: 'show_ended'; params: { serverShowId: string } }
  | { code: 'show_missing'; params: { serverShowId: string } }
  | { code: 'lineup_matches'; params: { count: number } }
  | { code: 'lineup_to_load'; params: { count: number } }
  | { code: 'lineup_empty'; params: { state: 'live' | 'ended' } }
  | {
      code: 'lineup_differs';
      params: { missing: SkuList; extra: SkuList; stock: StockDifference[]; stockTotal: number };
    }
  | {
      code: 'not_checked';
      params: { because: 'unreachable' | 'other_protocol' | 'token_refused' | 'show_missing' };
    };
export type ChecklistCode = ChecklistReason['code'];

export type ChecklistItem = {
  id: ChecklistItemId;
  status: 'ok' | 'failed' | 'skipped';
  /** A sentence for the producer in English; `code` and `params` say the same for the UI. */
  detail: string;
} & ChecklistReason;

export interface GoLiveChecklist {
  ok: boolean;
  items: ChecklistItem[];
  /** The server's show state when it was reached. */
  serverShowState: 'planned' | 'live' | 'ended' | null;
}
