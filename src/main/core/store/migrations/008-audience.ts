import type { Migration } from './migration';

/**
 * The audience side of a run (feature `audience` of the sale server):
 * - audience_comments: every question (up to a cap per minute), every comment acted on, and a
 *   sample of the rest; `kept` says why each row is there;
 * - audience_minutes: per minute, every comment counted whether stored or not;
 * - audience_demand: the server's running totals of refused attempts, a row per product and
 *   reason each time they changed (at most about once a second);
 * - audience_actions: what the producer did (sent to the host, host done, pin, unpin, hide,
 *   mute) and the prompter alerts, in order;
 * - audience_settings: per show, blocked words, keywords and alert thresholds (JSON).
 */
export const migration008Audience: Migration = {
  version: 8,
  name: 'audience',
  up(db) {
    db.exec(`
      CREATE TABLE audience_comments (
        run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
        comment_id TEXT NOT NULL,
        at INTEGER NOT NULL,
        viewer_id TEXT NOT NULL,
        name TEXT NOT NULL,
        text TEXT NOT NULL,
        lang TEXT,
        sku TEXT,
        question INTEGER NOT NULL CHECK (question IN (0, 1)),
        blocked INTEGER NOT NULL CHECK (blocked IN (0, 1)),
        kept TEXT NOT NULL CHECK (kept IN ('question', 'sample', 'acted')),
        PRIMARY KEY (run_id, comment_id)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE audience_minutes (
        run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
        minute INTEGER NOT NULL,
        comments INTEGER NOT NULL,
        questions INTEGER NOT NULL,
        blocked INTEGER NOT NULL,
        stored INTEGER NOT NULL,
        PRIMARY KEY (run_id, minute)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE audience_demand (
        run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
        at INTEGER NOT NULL,
        sku TEXT NOT NULL,
        reason TEXT NOT NULL CHECK (reason IN ('sold_out', 'flash_cap', 'show_not_live')),
        attempts INTEGER NOT NULL,
        units INTEGER NOT NULL,
        PRIMARY KEY (run_id, sku, reason, at)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE audience_actions (
        id INTEGER PRIMARY KEY,
        run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
        at INTEGER NOT NULL,
        action TEXT NOT NULL,
        comment_id TEXT,
        detail TEXT NOT NULL CHECK (json_valid(detail))
      ) STRICT;
      CREATE INDEX audience_actions_by_run ON audience_actions (run_id, id);

      CREATE TABLE audience_settings (
        show_id INTEGER PRIMARY KEY REFERENCES shows(id) ON DELETE CASCADE,
        settings TEXT NOT NULL CHECK (json_valid(settings))
      ) STRICT;
    `);
  },
};
