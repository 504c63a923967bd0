import type { Database, Statement } from 'better-sqlite3';
import type { DemandReason, ModerationMessage } from '../../shared/protocol';

export interface DemandRow {
  sku: string;
  reason: DemandReason;
  attempts: number;
  units: number;
}

interface ModerationRow {
  command_id: string;
  action: ModerationMessage['action'];
  target: string | null;
  comment: string | null;
  at: number;
}

/**
 * The ledger's tables of the `audience` addition: applied moderation (written in the command's
 * transaction) and the running totals of refused attempts (written in the order batch's).
 */
export class AudienceLedger {
  private readonly insertModeration: Statement<unknown[]>;
  private readonly selectModeration: Statement<[string], ModerationRow>;
  private readonly upsertDemand: Statement<unknown[]>;
  private readonly selectDemand: Statement<[string], DemandRow>;

  constructor(db: Database) {
    this.insertModeration = db.prepare(
      'INSERT INTO moderation (show_id, command_id, action, target, comment, at) VALUES (?, ?, ?, ?, ?, ?)',
    );
    this.selectModeration = db.prepare<[string], ModerationRow>(
      'SELECT command_id, action, target, comment, at FROM moderation WHERE show_id = ? ORDER BY rowid',
    );
    this.upsertDemand = db.prepare(
      `INSERT INTO demand (show_id, sku, reason, attempts, units) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (show_id, sku, reason) DO UPDATE SET
         attempts = excluded.attempts, units = excluded.units`,
    );
    this.selectDemand = db.prepare<[string], DemandRow>(
      'SELECT sku, reason, attempts, units FROM demand WHERE show_id = ? ORDER BY sku, reason',
    );
  }

  recordModeration(showId: string, message: ModerationMessage): void {
    const target =
      message.action === 'hide'
        ? message.commentId
        : message.action === 'mute'
          ? message.viewerId
          : message.action === 'pin'
            ? message.comment.id
            : null;
    const comment = message.action === 'pin' ? JSON.stringify(message.comment) : null;
    this.insertModeration.run(
      showId,
      message.commandId,
      message.action,
      target,
      comment,
      message.at,
    );
  }

  /** The show's applied moderation in the order it was applied. The ledger's own writes. */
  loadModeration(showId: string): ModerationMessage[] {
    return this.selectModeration.all(showId).map((row) => {
      const base = { commandId: row.command_id, at: row.at };
      switch (row.action) {
        case 'pin':
          return { action: 'pin', ...base, comment: JSON.parse(row.comment ?? 'null') };
        case 'unpin':
          return { action: 'unpin', ...base };
        case 'hide':
          return { action: 'hide', ...base, commentId: row.target ?? '' };
        case 'mute':
          return { action: 'mute', ...base, viewerId: row.target ?? '' };
      }
    });
  }

  saveDemand(showId: string, row: DemandRow): void {
    this.upsertDemand.run(showId, row.sku, row.reason, row.attempts, row.units);
  }

  loadDemand(showId: string): DemandRow[] {
    return this.selectDemand.all(showId);
  }
}
