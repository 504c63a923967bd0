import type { Migration } from './migration';

/**
 * audience_show_minutes: the runs whose audience_minutes count minutes of show time (minute n is
 * show time [n, n + 1) minutes), not of the server's wall clock. A rehearsal counts and samples
 * its comments per minute of show time, as a live show does per minute of its clock, so that a
 * rehearsal at 20x keeps as many comments per show minute as a live show and its review shows
 * them per show minute; rehearsals stored before counted per wall-clock minute and are not here.
 */
export const migration019AudienceShowMinutes: Migration = {
  version: 19,
  name: 'audience-show-minutes',
  up(db) {
    db.exec(`
      CREATE TABLE audience_show_minutes (
        run_id INTEGER PRIMARY KEY REFERENCES runs(id) ON DELETE CASCADE
      ) STRICT;
    `);
  },
};
