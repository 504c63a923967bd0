import type { Migration } from './migration';

/**
 * A server event's type and seq get columns of their own in the run log, written beside its JSON,
 * so that journaling an event no longer parses that JSON in SQLite: the index of events by seq,
 * the review's index of marker entries and the pin trigger read the columns instead. Entries
 * already in the log get their columns here once.
 */

/** The entries the marker index holds; a query must repeat this text to use the index. */
export const MARKER_PREDICATE = `(kind <> 'event' OR event_type IS NOT 'order')`;

export const migration012RunLogEventColumns: Migration = {
  version: 12,
  name: 'run-log-event-columns',
  up(db) {
    db.exec(`
      ALTER TABLE run_log ADD COLUMN event_type TEXT;
      ALTER TABLE run_log ADD COLUMN event_seq INTEGER;

      DROP TRIGGER run_log_append_only;
      UPDATE run_log SET
          event_type = CASE WHEN json_type(payload, '$.type') = 'text'
            THEN payload ->> '$.type' END,
          event_seq = CASE WHEN json_type(payload, '$.seq') = 'integer'
            THEN payload ->> '$.seq' END
        WHERE kind = 'event';
      CREATE TRIGGER run_log_append_only BEFORE UPDATE ON run_log
      BEGIN
        SELECT RAISE(ABORT, 'run_log is append-only');
      END;

      DROP INDEX run_log_events_by_seq;
      CREATE INDEX run_log_events_by_seq ON run_log (run_id, event_seq)
        WHERE event_seq IS NOT NULL;

      DROP INDEX run_log_review_markers;
      CREATE INDEX run_log_review_markers ON run_log (run_id, seq) WHERE ${MARKER_PREDICATE};

      DROP TRIGGER review_rollup_pin;
      CREATE TRIGGER review_rollup_pin AFTER INSERT ON run_log WHEN NEW.event_type = 'pin'
      BEGIN
        INSERT INTO review_pin (run_id, sku) VALUES (NEW.run_id, NEW.payload ->> '$.sku')
        ON CONFLICT (run_id) DO UPDATE SET sku = excluded.sku;
      END;
    `);
  },
};
