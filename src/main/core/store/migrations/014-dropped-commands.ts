import type { Migration } from './migration';

/**
 * A command the producer dropped at the end of a run gets a status of its own, `dropped`, instead
 * of `rejected` with the code dropped_at_end (the server never refused it). SQLite cannot change
 * a CHECK constraint, so the outbox is copied into a table that allows it; rows dropped under the
 * old status are given the new one. Their run log entries stay as they were written (the log is
 * append-only): the review reads both forms as dropped.
 */
export const migration014DroppedCommands: Migration = {
  version: 14,
  name: 'dropped-commands',
  up(db) {
    db.exec(`
      CREATE TABLE outbox_next (
        command_id TEXT PRIMARY KEY,
        run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        payload TEXT NOT NULL CHECK (json_valid(payload)),
        created_at INTEGER NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        last_sent_at INTEGER,
        status TEXT NOT NULL DEFAULT 'pending'
          CHECK (status IN ('pending', 'applied', 'duplicate', 'rejected', 'dropped')),
        reason TEXT,
        acked_at INTEGER
      ) STRICT;
      INSERT INTO outbox_next
        SELECT command_id, run_id, kind, payload, created_at, attempts, last_sent_at,
          CASE WHEN status = 'rejected' AND reason ->> '$.code' = 'dropped_at_end'
            THEN 'dropped' ELSE status END,
          reason, acked_at
        FROM outbox;
      DROP TABLE outbox;
      ALTER TABLE outbox_next RENAME TO outbox;
      CREATE INDEX outbox_by_run_status ON outbox (run_id, status, created_at);
    `);
  },
};
