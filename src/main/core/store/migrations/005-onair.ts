import type { Migration } from './migration';

/**
 * What is on air in a run, kept so that a restart resumes where the show was:
 * - onair_runs: the current talking point, the options (follow pin, auto-arm), the armed cue, the
 *   last pin the console saw and when the show went live;
 * - onair_points: the run's talking-point queue (its own order, which points are done);
 * - onair_slot_time: time each product was pinned, for planned against actual per lineup slot.
 * A talking point removed from the lineup leaves the queue with it.
 */
export const migration005OnAir: Migration = {
  version: 5,
  name: 'onair',
  up(db) {
    db.exec(`
      CREATE TABLE onair_runs (
        run_id INTEGER PRIMARY KEY REFERENCES runs(id) ON DELETE CASCADE,
        current_point_id INTEGER REFERENCES talking_points(id) ON DELETE SET NULL,
        follow_pin INTEGER NOT NULL DEFAULT 1 CHECK (follow_pin IN (0, 1)),
        auto_arm INTEGER NOT NULL DEFAULT 0 CHECK (auto_arm IN (0, 1)),
        cue TEXT CHECK (cue IS NULL OR json_valid(cue)),
        last_pin_sku TEXT,
        auto_armed_sku TEXT,
        show_started_at INTEGER,
        updated_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX onair_runs_by_point ON onair_runs (current_point_id);

      CREATE TABLE onair_points (
        run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
        talking_point_id INTEGER NOT NULL REFERENCES talking_points(id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position >= 0),
        done_at INTEGER,
        PRIMARY KEY (run_id, talking_point_id)
      ) STRICT;
      CREATE INDEX onair_points_by_point ON onair_points (talking_point_id);

      CREATE TABLE onair_slot_time (
        run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
        sku TEXT NOT NULL,
        pinned_ms INTEGER NOT NULL DEFAULT 0 CHECK (pinned_ms >= 0),
        pinned_since INTEGER,
        PRIMARY KEY (run_id, sku)
      ) STRICT;
    `);
  },
};
