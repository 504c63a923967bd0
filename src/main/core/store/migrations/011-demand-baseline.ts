import type { Migration } from './migration';

/**
 * The server's demand totals count refused attempts since its show was created, so a run's
 * first totals may hold refusals from before it (an earlier run of the same show, or before
 * this one opened). audience_demand_base keeps, per run, the server time of the first totals
 * the run received: its rows at or before that time are the baseline the run's unmet demand is
 * counted from. A run without a row (stored before this migration) counts from zero.
 */
export const migration011DemandBaseline: Migration = {
  version: 11,
  name: 'demand-baseline',
  up(db) {
    db.exec(`
      CREATE TABLE audience_demand_base (
        run_id INTEGER PRIMARY KEY REFERENCES runs(id) ON DELETE CASCADE,
        at INTEGER NOT NULL
      ) STRICT;
    `);
  },
};
