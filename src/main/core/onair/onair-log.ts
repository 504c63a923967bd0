import type { Statement } from 'better-sqlite3';
import type { Cue, CurrentReason, OnAirLogKind } from '../../../shared/model/onair';
import { OnAirLogKind as Kind } from '../../../shared/model/onair';
import type { TalkingPointInput } from '../../../shared/model/lineup';
import type { Db } from '../store/database';
import { prepareEntryInsert } from '../sync/run-log';

/** A talking-point entry of the run log. */
export type TalkingPointEntry =
  | {
      action: 'current';
      talkingPointId: number | null;
      fromId: number | null;
      reason: CurrentReason;
    }
  | { action: 'done'; talkingPointId: number }
  | { action: 'reorder'; talkingPointIds: number[] }
  | { action: 'add'; talkingPointId: number; productId: number | null; point: TalkingPointInput }
  | { action: 'followPin'; on: boolean };

/** A cue entry of the run log. */
export type CueEntry =
  | { action: 'arm'; cue: Cue; sku: string; auto: boolean }
  | { action: 'fire'; cue: Cue; sku: string; commandIds: string[] }
  | { action: 'clear' }
  | { action: 'autoArm'; on: boolean };

/**
 * Writes what happens on air to the run log (append-only, next to the server's events), so the
 * review can replay which point was read and which cue fired when.
 */
export class OnAirLog {
  private readonly insert: Statement<[number, number, OnAirLogKind, string]>;

  constructor(db: Db) {
    this.insert = prepareEntryInsert(db);
  }

  talkingPoint(runId: number, entry: TalkingPointEntry, at: number): void {
    this.insert.run(runId, at, Kind.talkingPoint, JSON.stringify(entry));
  }

  cue(runId: number, entry: CueEntry, at: number): void {
    this.insert.run(runId, at, Kind.cue, JSON.stringify(entry));
  }
}
