import type { Migration } from './migration';

/**
 * A run was named "<show> (live)" or "<show> (rehearsal)", in English whatever the UI's
 * language. Its kind is stored apart and every screen says it in its own language, so a run is
 * now named after its show alone; the English suffix comes off the names that still have it.
 */
export const migration010RunNames: Migration = {
  version: 10,
  name: 'run-names',
  up(db) {
    db.exec(`
      UPDATE runs SET name = substr(name, 1, length(name) - length(kind) - 3)
        WHERE name LIKE '% (' || kind || ')' AND length(name) > length(kind) + 3;
    `);
  },
};
