import { z } from 'zod';

/**
 * The console's own storage: the database's health (a quick check at start, a full integrity
 * check in the background), its backups (SQLite's backup API before a migration and at the end
 * of every live run, a bounded number kept) and restoring one of them.
 */

/** Why a backup was taken. */
export const BackupReason = z.enum(['before-migration', 'run-end', 'manual', 'before-restore']);
export type BackupReason = z.infer<typeof BackupReason>;

/** A backup's file name in the backups folder: showdesk-<UTC time>-<reason>.sqlite. */
export const BackupName = z
  .string()
  .regex(
    /^showdesk-\d{8}T\d{9}Z-(before-migration|run-end|manual|before-restore)\.sqlite$/,
    'the name of a Showdesk backup',
  );
export type BackupName = z.infer<typeof BackupName>;

export interface BackupInfo {
  name: BackupName;
  reason: BackupReason;
  /** Epoch ms, from the name. */
  createdAt: number;
  bytes: number;
}

/** The background integrity check's latest word on the database. */
export type IntegrityState =
  | { status: 'checking' }
  | { status: 'ok'; checkedAt: number }
  /** `problems`: SQLite's own lines (at most 20). */
  | { status: 'damaged'; checkedAt: number; problems: string[] };

export interface StorageState {
  dataDir: string;
  databaseFile: string;
  backupsDir: string;
  integrity: IntegrityState;
  /** Newest first; at most MAX_BACKUPS are kept. */
  backups: BackupInfo[];
  /** Bytes of the write-ahead log now (0 once it was checkpointed and truncated). */
  walBytes: number;
  /**
   * How sale-server tokens are kept: sealed in the database with a key the operating system's
   * keychain protects ('os', the Electron app), or a key in a file only this user may read
   * ('key-file', the browser host).
   */
  tokenProtection: 'os' | 'key-file';
}

/** Backups kept; the oldest beyond it are deleted after each new one. */
export const MAX_BACKUPS = 10;

export const storageInputs = {
  /** The database's health, its backups and the WAL size. */
  'storage.state': z.object({}),
  /** Takes a backup now (SQLite's backup API, in steps: the console keeps running). */
  'storage.backup': z.object({}),
  /**
   * Replaces the database with the backup `name`: the current one is backed up first
   * ('before-restore'), then the store is closed, the file replaced and the store opened again
   * (migrated if the backup is older). `conflict` while a run is open; `invalid_input` for a
   * name that is not in the list or a backup that fails its quick check. The UI confirms first.
   */
  'storage.restore': z.object({ name: BackupName }),
} satisfies Record<string, z.ZodType>;

export interface StorageApiResults {
  'storage.state': StorageState;
  'storage.backup': BackupInfo;
  'storage.restore': StorageState;
}

export interface StorageApiEvents {
  /** After the integrity check, a backup or a restore. */
  'storage.state': StorageState;
  /** The database was replaced by a backup: every window reloads what it shows. */
  'storage.restored': { name: BackupName };
}
