import type { Migration } from './migration';

/** Runs (live or rehearsal), their append-only log, and the outbox of console commands. */
export const migration002Runs: Migration = {
  version: 2,
  name: 'runs',
  up(db) {
    db.exec(`
      CREATE TABLE runs (
        id INTEGER PRIMARY KEY,
        show_id INTEGER NOT NULL REFERENCES shows(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('live', 'rehearsal')),
        name TEXT NOT NULL,
        started_at INTEGER NOT NULL,
        ended_at INTEGER,
        note TEXT NOT NULL DEFAULT '',
        seed INTEGER
      ) STRICT;
      CREATE INDEX runs_by_show ON runs (show_id, started_at);

      CREATE TABLE run_log (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
        at INTEGER NOT NULL,
        kind TEXT NOT NULL,
        payload TEXT NOT NULL CHECK (json_valid(payload))
      ) STRICT;
      CREATE INDEX run_log_by_run ON run_log (run_id, seq);
      CREATE TRIGGER run_log_append_only BEFORE UPDATE ON run_log
      BEGIN
        SELECT RAISE(ABORT, 'run_log is append-only');
      END;

      CREATE TABLE outbox (
        command_id TEXT PRIMARY KEY,
        run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        payload TEXT NOT NULL CHECK (json_valid(payload)),
        created_at INTEGER NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        last_sent_at INTEGER,
        status TEXT NOT NULL DEFAULT 'pending'
          CHECK (status IN ('pending', 'applied', 'duplicate', 'rejected')),
        reason TEXT,
        acked_at INTEGER
      ) STRICT;
      CREATE INDEX outbox_by_run_status ON outbox (run_id, status, created_at);
    `);
  },
};
