import type { Statement } from 'better-sqlite3';
import { Command } from '../../../shared/protocol';
import type { CommandReason, CommandStatus } from '../../../shared/model/live';
import type { Db } from '../store/database';

interface OutboxRow {
  command_id: string;
  kind: string;
  payload: string;
  created_at: number;
  attempts: number;
}

/** An outbox row not yet acknowledged. */
export interface StoredCommand {
  command: Command;
  createdAt: number;
  attempts: number;
}

/** The outbox table: commands committed before they are sent, with their acknowledgement. */
export class OutboxStore {
  private readonly insertRow: Statement<[string, number, string, string, number]>;
  private readonly pendingRows: Statement<[number], OutboxRow>;
  private readonly sentRow: Statement<[number, string]>;
  private readonly ackRow: Statement<[string, string | null, number, string]>;

  constructor(db: Db) {
    this.insertRow = db.prepare(
      'INSERT INTO outbox (command_id, run_id, kind, payload, created_at) VALUES (?, ?, ?, ?, ?)',
    );
    this.pendingRows = db.prepare(
      `SELECT command_id, kind, payload, created_at, attempts FROM outbox
       WHERE run_id = ? AND status = 'pending' ORDER BY created_at, rowid`,
    );
    this.sentRow = db.prepare(
      'UPDATE outbox SET attempts = attempts + 1, last_sent_at = ? WHERE command_id = ?',
    );
    this.ackRow = db.prepare(
      `UPDATE outbox SET status = ?, reason = ?, acked_at = ?
       WHERE command_id = ? AND status = 'pending'`,
    );
  }

  insert(runId: number, command: Command, at: number): void {
    this.insertRow.run(command.commandId, runId, command.type, JSON.stringify(command), at);
  }

  /**
   * The run's pending commands, oldest first. A row whose payload no longer parses (written by
   * a build with another protocol) is left out: `invalid` lists their ids.
   */
  pending(runId: number): { commands: StoredCommand[]; invalid: string[] } {
    const commands: StoredCommand[] = [];
    const invalid: string[] = [];
    for (const row of this.pendingRows.all(runId)) {
      const parsed = Command.safeParse(JSON.parse(row.payload));
      if (parsed.success && parsed.data.commandId === row.command_id) {
        commands.push({ command: parsed.data, createdAt: row.created_at, attempts: row.attempts });
      } else {
        invalid.push(row.command_id);
      }
    }
    return { commands, invalid };
  }

  markSent(commandId: string, at: number): void {
    this.sentRow.run(at, commandId);
  }

  /** Records the acknowledgement; false when the row was not pending any more. */
  acknowledge(
    commandId: string,
    status: CommandStatus,
    reason: CommandReason | null,
    at: number,
  ): boolean {
    const json = reason === null ? null : JSON.stringify(reason);
    return this.ackRow.run(status, json, at, commandId).changes === 1;
  }
}
