import Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import { coreText } from '../../../shared/api/core-text';
import type { LiveRun } from '../../../shared/model/live';
import type {
  BackupInfo,
  BackupName,
  IntegrityState,
  StorageState,
} from '../../../shared/model/storage';
import { latestVersion, readUserVersion } from '../../../shared/migrations';
import type { EventHub } from '../api/event-hub';
import {
  backupAtOnce,
  backupDatabase,
  backupFile,
  backupsDir,
  listBackups,
  replaceWithStaged,
  stageRestore,
} from './backups';
import type { Db } from './database';
import { checkIntegrityInBackground, quickCheck, type IntegrityRun } from './integrity';
import { MIGRATIONS } from './migrations';
import type { TokenProtection } from './token-vault';
import { checkpointWal, walBytes } from './wal';

export interface StorageKeeperDeps {
  dataDir: string;
  databaseFile: string;
  events: EventHub;
  nativeBinding?: string;
  tokenProtection: TokenProtection;
  /** The open store's connection (a new one after a restore). */
  db(): Db;
  /** true while a run (live or rehearsal) is open: no restore then. */
  busy(): boolean;
  /** Closes the store, runs `swap` on the closed files, and opens the store again. */
  restart(swap: () => void): void;
  /** How long after an open the full integrity check starts (default INTEGRITY_CHECK_DELAY_MS). */
  integrityDelayMs?: number;
}

/**
 * The full integrity check starts this long after the store opens: after the first screen, whose
 * start-up it would otherwise share the CPU with.
 */
export const INTEGRITY_CHECK_DELAY_MS = 2_000;

function reportFailedBackup(runId: number | null, error: unknown): void {
  const run = runId === null ? 'the run that just ended' : `run ${runId}`;
  process.stderr.write(
    `Showdesk: the backup at the end of ${run} failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
}

function reportDamage(problems: readonly string[]): void {
  process.stderr.write(
    `Showdesk: the integrity check found the database damaged (no backup is taken at a run's end until it is restored): ${problems.join('; ')}\n`,
  );
}

/** Why a backup cannot be restored, or null when it passes. */
function backupProblem(file: string, nativeBinding: string | undefined): string | null {
  const options = { readonly: true, fileMustExist: true, nativeBinding };
  let db: Db | undefined;
  try {
    db = new Database(file, options);
    const version = readUserVersion(db);
    if (version > latestVersion(MIGRATIONS)) return 'it was written by a newer Showdesk';
    const problems = quickCheck(db);
    return problems.length > 0 ? `it is damaged (${problems.join('; ')})` : null;
  } catch (error) {
    return `it cannot be read (${error instanceof Error ? error.message : String(error)})`;
  } finally {
    db?.close();
  }
}

/**
 * Looks after the console's database while it runs: the full integrity check in the background
 * after each open, a WAL checkpoint and (for a live run) a backup at the end of every run,
 * backups on request and restoring one through a restart of the store.
 */
export class StorageKeeper {
  private integrity: IntegrityState = { status: 'checking' };
  private check: IntegrityRun | null = null;
  /** When the unfinished end-of-run backup started (epoch ms), or null. */
  private runEndBackupAt: number | null = null;
  private closed = false;

  constructor(private readonly deps: StorageKeeperDeps) {}

  /**
   * Starts the full integrity check of the open store in the background (again after a restore):
   * the open ran SQLite's quick check only after an unclean shutdown (store/database.ts).
   */
  checkIntegrity(): void {
    this.check?.stop();
    this.integrity = { status: 'checking' };
    const { databaseFile, nativeBinding, integrityDelayMs } = this.deps;
    const delayMs = integrityDelayMs ?? INTEGRITY_CHECK_DELAY_MS;
    this.check = checkIntegrityInBackground(
      databaseFile,
      (problems) => {
        this.check = null;
        const checkedAt = Date.now();
        this.integrity =
          problems.length === 0
            ? { status: 'ok', checkedAt }
            : { status: 'damaged', checkedAt, problems };
        if (problems.length > 0) reportDamage(problems);
        this.announce();
      },
      { nativeBinding, delayMs },
    );
  }

  state(): StorageState {
    const { dataDir, databaseFile } = this.deps;
    return {
      dataDir,
      databaseFile,
      backupsDir: backupsDir(dataDir),
      integrity: this.integrity,
      backups: listBackups(dataDir),
      walBytes: walBytes(databaseFile),
      tokenProtection: this.deps.tokenProtection,
    };
  }

  async backup(): Promise<BackupInfo> {
    const info = await backupDatabase(this.deps.db(), this.deps.dataDir, 'manual');
    this.announce();
    return info;
  }

  /**
   * After a run ended: the WAL is emptied into the database, and a live run's database is backed
   * up. Returns when the backup is written (a failed backup is reported, not thrown). If the
   * store closes first, close() takes the backup at once instead.
   */
  async runEnded(run: LiveRun): Promise<void> {
    const db = this.deps.db();
    checkpointWal(db);
    if (run.kind !== 'live') return;
    // A damaged database is not copied over the backups it may have to be restored from.
    if (this.integrity.status === 'damaged') return;
    const at = Date.now();
    this.runEndBackupAt = at;
    try {
      await backupDatabase(db, this.deps.dataDir, 'run-end', at);
    } catch (error) {
      if (!this.closed) reportFailedBackup(run.id, error);
    } finally {
      if (this.runEndBackupAt === at) this.runEndBackupAt = null;
    }
    if (!this.closed) this.announce();
  }

  async restore(name: BackupName): Promise<StorageState> {
    const { dataDir, databaseFile } = this.deps;
    this.refuseWhileBusy();
    const file = backupFile(dataDir, name);
    if (file === null) {
      throw new ApiError('invalid_input', coreText('backup_missing', { name }), [
        { path: ['name'], message: 'not in the backups folder' },
      ]);
    }
    const problem = backupProblem(file, this.deps.nativeBinding);
    if (problem !== null) {
      throw new ApiError('invalid_input', coreText('backup_unusable', { name, problem }), [
        { path: ['name'], message: problem },
      ]);
    }
    stageRestore(databaseFile, file);
    const safety = await backupDatabase(this.deps.db(), dataDir, 'before-restore');
    this.refuseWhileBusy();
    this.check?.stop();
    try {
      this.deps.restart(() => replaceWithStaged(databaseFile));
    } catch (error) {
      const previous = backupFile(dataDir, safety.name);
      if (previous !== null) {
        stageRestore(databaseFile, previous);
        this.deps.restart(() => replaceWithStaged(databaseFile));
      }
      throw error;
    }
    this.deps.events.emit('storage.restored', { name });
    this.checkIntegrity();
    this.announce();
    return this.state();
  }

  /**
   * Stops the background check. An end-of-run backup still being copied (the app is often closed
   * right after a show) is finished at once, before the store closes and would cut it off.
   */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.check?.stop();
    this.check = null;
    const unfinishedAt = this.runEndBackupAt;
    this.runEndBackupAt = null;
    if (unfinishedAt === null) return;
    try {
      backupAtOnce(this.deps.db(), this.deps.dataDir, 'run-end', unfinishedAt + 1);
    } catch (error) {
      reportFailedBackup(null, error);
    }
  }

  private refuseWhileBusy(): void {
    if (this.deps.busy()) {
      throw new ApiError('conflict', coreText('restore_run_open'));
    }
  }

  private announce(): void {
    this.deps.events.emit('storage.state', this.state());
  }
}
