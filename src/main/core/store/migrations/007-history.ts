import type { Migration } from './migration';

/**
 * The run log's gaps and their backfill. A snapshot that skips events leaves a gap: its events
 * get run log positions reserved just before the snapshot entry (log_base is the position of
 * from_seq), so that the backfill (protocol feature `history`) journals them in place and the log
 * stays in seq order. filled_to is the last event of the gap journaled so far; pin_sku is the
 * pin as the journal has it there (the review rollup's "sold while pinned" needs it).
 * run_sync.journal_seq is the last event seq the journal covers (journaled or reserved).
 * Gaps from before this version have no reserved positions (log_base null): they stay missing.
 */
export const migration007History: Migration = {
  version: 7,
  name: 'history',
  up(db) {
    db.exec(`
      ALTER TABLE run_sync ADD COLUMN journal_seq INTEGER NOT NULL DEFAULT 0
        CHECK (journal_seq >= 0);
      UPDATE run_sync SET journal_seq = last_seq;

      CREATE TABLE run_gaps (
        run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
        from_seq INTEGER NOT NULL CHECK (from_seq >= 1),
        to_seq INTEGER NOT NULL CHECK (to_seq >= from_seq),
        log_base INTEGER,
        filled_to INTEGER NOT NULL CHECK (filled_to >= from_seq - 1 AND filled_to <= to_seq),
        pin_sku TEXT,
        PRIMARY KEY (run_id, from_seq)
      ) STRICT;

      INSERT OR IGNORE INTO run_gaps (run_id, from_seq, to_seq, log_base, filled_to)
        SELECT run_id, (payload ->> '$.replacedSeq') + 1, payload ->> '$.seq', NULL,
            payload ->> '$.replacedSeq'
        FROM run_log
        WHERE kind = 'snapshot' AND json_type(payload, '$.replacedSeq') = 'integer'
          AND json_type(payload, '$.seq') = 'integer'
          AND (payload ->> '$.seq') > (payload ->> '$.replacedSeq');
    `);
  },
};
