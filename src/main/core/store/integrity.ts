import type { Db } from './database';

/** Lines of SQLite's report kept: enough to tell a specialist where, not a flood. */
const MAX_PROBLEMS = 20;

function problemsOf(result: unknown): string[] {
  const rows = Array.isArray(result) ? (result as unknown[]) : [];
  const lines = rows.map((row) => String(Object.values(row as Record<string, unknown>)[0]));
  return lines.length === 1 && lines[0] === 'ok' ? [] : lines.slice(0, MAX_PROBLEMS);
}

/** SQLite's codes for a file that is damaged or not a database at all. */
export function isCorruptionError(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB';
}

/**
 * SQLite's quick check (O(N), without the index cross-checks of the full check): the problems
 * found, [] when the file is sound. A file that is not a database throws SQLITE_NOTADB.
 */
export function quickCheck(db: Db): string[] {
  return problemsOf(db.pragma('quick_check(20)'));
}

export interface IntegrityRun {
  stop(): void;
}

function tablesOf(db: Db): string[] {
  return (
    db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as {
      name: string;
    }[]
  ).map((row) => row.name);
}

/**
 * The full integrity check in the background: one table (with its indexes) per turn of the
 * event loop, so the console keeps answering while it runs. Calls `done` with the problems
 * found ([] when sound); a database that fails to read counts as a problem.
 */
export function checkIntegrityInSteps(db: Db, done: (problems: string[]) => void): IntegrityRun {
  let stopped = false;
  let timer: NodeJS.Immediate | undefined;
  const problems: string[] = [];
  const finish = () => {
    if (!stopped) done(problems.slice(0, MAX_PROBLEMS));
  };
  const step = (tables: string[]) => {
    timer = undefined;
    if (stopped || !db.open) return;
    const [table, ...rest] = tables;
    if (table === undefined) {
      finish();
      return;
    }
    try {
      const quoted = `"${table.replaceAll('"', '""')}"`;
      problems.push(...problemsOf(db.pragma(`integrity_check(${quoted})`)));
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error));
    }
    timer = setImmediate(() => step(rest));
  };
  try {
    const tables = tablesOf(db);
    timer = setImmediate(() => step(tables));
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
    finish();
  }
  return {
    stop: () => {
      stopped = true;
      if (timer !== undefined) clearImmediate(timer);
    },
  };
}
