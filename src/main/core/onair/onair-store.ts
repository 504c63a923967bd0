import { z } from 'zod';
import { CueInput } from '../../../shared/model/onair';
import type { Db } from '../store/database';
import type { QueueEntry } from './queue-rules';
import type { SlotTime } from './slot-times';

/** A cue as kept in onair_runs.cue. */
export const StoredCue = CueInput.extend({ auto: z.boolean(), armedAt: z.number() });
export type StoredCue = z.output<typeof StoredCue>;

/** A run's on-air settings and position (a row of onair_runs). */
export interface OnAirRecord {
  currentId: number | null;
  followPin: boolean;
  autoArm: boolean;
  cue: StoredCue | null;
  /** The pinned SKU the console saw last (so a restart does not jump again). */
  lastPinSku: string | null;
  /** The sold-out SKU that armed a cue by itself already. */
  autoArmedSku: string | null;
  showStartedAt: number | null;
}

export interface StoredOnAir {
  record: OnAirRecord;
  queue: QueueEntry[];
  slots: Map<string, SlotTime>;
}

interface RunRow {
  current_point_id: number | null;
  follow_pin: number;
  auto_arm: number;
  cue: string | null;
  last_pin_sku: string | null;
  auto_armed_sku: string | null;
  show_started_at: number | null;
}

function parseCue(json: string | null): StoredCue | null {
  if (json === null) return null;
  const parsed = StoredCue.safeParse(JSON.parse(json));
  return parsed.success ? parsed.data : null;
}

/** Reads and writes the on-air tables; callers group writes in transactions. */
export class OnAirStore {
  constructor(private readonly db: Db) {}

  load(runId: number): StoredOnAir | undefined {
    const row = this.db
      .prepare(
        `SELECT current_point_id, follow_pin, auto_arm, cue, last_pin_sku, auto_armed_sku,
           show_started_at FROM onair_runs WHERE run_id = ?`,
      )
      .get(runId) as RunRow | undefined;
    if (!row) return undefined;
    const queue = (
      this.db
        .prepare(
          `SELECT q.talking_point_id AS id, t.product_id, q.done_at
           FROM onair_points q JOIN talking_points t ON t.id = q.talking_point_id
           WHERE q.run_id = ? ORDER BY q.position`,
        )
        .all(runId) as { id: number; product_id: number | null; done_at: number | null }[]
    ).map((entry) => ({ id: entry.id, productId: entry.product_id, done: entry.done_at !== null }));
    const slots = new Map(
      (
        this.db
          .prepare('SELECT sku, pinned_ms, pinned_since FROM onair_slot_time WHERE run_id = ?')
          .all(runId) as { sku: string; pinned_ms: number; pinned_since: number | null }[]
      ).map((slot) => [slot.sku, { pinnedMs: slot.pinned_ms, since: slot.pinned_since }]),
    );
    return {
      record: {
        currentId: row.current_point_id,
        followPin: row.follow_pin === 1,
        autoArm: row.auto_arm === 1,
        cue: parseCue(row.cue),
        lastPinSku: row.last_pin_sku,
        autoArmedSku: row.auto_armed_sku,
        showStartedAt: row.show_started_at,
      },
      queue,
      slots,
    };
  }

  saveRecord(runId: number, record: OnAirRecord, at: number): void {
    this.db
      .prepare(
        `INSERT INTO onair_runs (run_id, current_point_id, follow_pin, auto_arm, cue, last_pin_sku,
           auto_armed_sku, show_started_at, updated_at)
         VALUES (@runId, @currentId, @followPin, @autoArm, @cue, @lastPinSku, @autoArmedSku,
           @showStartedAt, @at)
         ON CONFLICT (run_id) DO UPDATE SET current_point_id = excluded.current_point_id,
           follow_pin = excluded.follow_pin, auto_arm = excluded.auto_arm, cue = excluded.cue,
           last_pin_sku = excluded.last_pin_sku, auto_armed_sku = excluded.auto_armed_sku,
           show_started_at = excluded.show_started_at, updated_at = excluded.updated_at`,
      )
      .run({
        runId,
        currentId: record.currentId,
        followPin: record.followPin ? 1 : 0,
        autoArm: record.autoArm ? 1 : 0,
        cue: record.cue === null ? null : JSON.stringify(record.cue),
        lastPinSku: record.lastPinSku,
        autoArmedSku: record.autoArmedSku,
        showStartedAt: record.showStartedAt,
        at,
      });
  }

  /** Writes the queue's order and done marks; a point keeps the time it was first done. */
  saveQueue(runId: number, queue: readonly QueueEntry[], at: number): void {
    const upsert = this.db.prepare(
      `INSERT INTO onair_points (run_id, talking_point_id, position, done_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (run_id, talking_point_id) DO UPDATE SET position = excluded.position,
         done_at = CASE WHEN excluded.done_at IS NULL THEN NULL
                        ELSE coalesce(onair_points.done_at, excluded.done_at) END`,
    );
    queue.forEach((entry, position) =>
      upsert.run(runId, entry.id, position, entry.done ? at : null),
    );
    const kept = JSON.stringify(queue.map((entry) => entry.id));
    this.db
      .prepare(
        `DELETE FROM onair_points WHERE run_id = ?
         AND talking_point_id NOT IN (SELECT value FROM json_each(?))`,
      )
      .run(runId, kept);
  }

  saveSlot(runId: number, sku: string, slot: SlotTime): void {
    this.db
      .prepare(
        `INSERT INTO onair_slot_time (run_id, sku, pinned_ms, pinned_since) VALUES (?, ?, ?, ?)
         ON CONFLICT (run_id, sku) DO UPDATE SET pinned_ms = excluded.pinned_ms,
           pinned_since = excluded.pinned_since`,
      )
      .run(runId, sku, Math.round(slot.pinnedMs), slot.since);
  }

  /**
   * When the producer first issued an endShow in this run that the server did not reject (console
   * clock): the on-air clock stops there. A rejected or dropped one ended nothing.
   */
  endShowAt(runId: number): number | null {
    const row = this.db
      .prepare(
        `SELECT c.at FROM run_log c WHERE c.run_id = ? AND c.kind = 'command'
           AND c.payload ->> '$.command.type' = 'endShow'
           AND NOT EXISTS (SELECT 1 FROM run_log o WHERE o.run_id = c.run_id
             AND o.kind = 'command_outcome'
             AND o.payload ->> '$.commandId' = c.payload ->> '$.commandId'
             AND (o.payload ->> '$.status' IN ('rejected', 'dropped')
               OR o.payload ->> '$.original' = 'rejected'))
         ORDER BY c.seq LIMIT 1`,
      )
      .get(runId) as { at: number } | undefined;
    return row?.at ?? null;
  }

  /** When the server acknowledged this run's first startShow as applied (console clock). */
  startShowAckAt(runId: number): number | null {
    const row = this.db
      .prepare(
        `SELECT at FROM run_log WHERE run_id = ? AND kind = 'command_outcome'
           AND payload ->> '$.kind' = 'startShow'
           AND (payload ->> '$.status' = 'applied' OR payload ->> '$.original' = 'applied')
         ORDER BY seq LIMIT 1`,
      )
      .get(runId) as { at: number } | undefined;
    return row?.at ?? null;
  }
}
