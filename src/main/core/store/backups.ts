import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { join } from 'node:path';
import {
  BackupName,
  MAX_BACKUPS,
  type BackupInfo,
  type BackupReason,
} from '../../../shared/model/storage';
import type { Db } from './database';

/** The backups folder inside the data folder. */
export const BACKUPS_DIR = 'backups';
const FOLDER_MODE = 0o700;
const FILE_MODE = 0o600;

export function backupsDir(dataDir: string): string {
  return join(dataDir, BACKUPS_DIR);
}

/** 2026-12-04T19:10:00.123Z → 20261204T191000123Z (sortable, no separators). */
function stamp(at: number): string {
  return new Date(at).toISOString().replaceAll(/[-:.]/g, '');
}

function parseStamp(text: string): number {
  const iso = `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}T${text.slice(9, 11)}:${text.slice(11, 13)}:${text.slice(13, 15)}.${text.slice(15, 18)}Z`;
  return Date.parse(iso);
}

function infoOf(dir: string, name: BackupName): BackupInfo {
  const match = /^showdesk-(\d{8}T\d{9}Z)-(.+)\.sqlite$/.exec(name);
  if (match === null) throw new Error(`not a backup name: ${name}`);
  const [, time = '', reason = ''] = match;
  return {
    name,
    reason: reason as BackupReason,
    createdAt: parseStamp(time),
    bytes: statSync(join(dir, name)).size,
  };
}

/** The backups in the data folder, newest first. */
export function listBackups(dataDir: string): BackupInfo[] {
  const dir = backupsDir(dataDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => BackupName.safeParse(name).success)
    .sort()
    .reverse()
    .map((name) => infoOf(dir, name));
}

/** The newest backup's full path, or null. */
export function newestBackupFile(dataDir: string): string | null {
  const [newest] = listBackups(dataDir);
  return newest === undefined ? null : join(backupsDir(dataDir), newest.name);
}

/** A backup's full path, checked against the list (`null`: no such backup). */
export function backupFile(dataDir: string, name: BackupName): string | null {
  return listBackups(dataDir).some((backup) => backup.name === name)
    ? join(backupsDir(dataDir), name)
    : null;
}

function prune(dataDir: string): void {
  for (const old of listBackups(dataDir).slice(MAX_BACKUPS)) {
    rmSync(join(backupsDir(dataDir), old.name), { force: true });
  }
}

/** A new backup's paths: written to `partial`, renamed to `file` once whole. */
function target(dataDir: string, reason: BackupReason, at: number) {
  const dir = backupsDir(dataDir);
  mkdirSync(dir, { recursive: true, mode: FOLDER_MODE });
  chmodSync(dir, FOLDER_MODE);
  const name = BackupName.parse(`showdesk-${stamp(at)}-${reason}.sqlite`);
  const file = join(dir, name);
  return { name, file, partial: `${file}.partial` };
}

function keep(dataDir: string, paths: ReturnType<typeof target>): BackupInfo {
  chmodSync(paths.partial, FILE_MODE);
  renameSync(paths.partial, paths.file);
  prune(dataDir);
  return infoOf(backupsDir(dataDir), paths.name);
}

/**
 * Copies the database through SQLite's online backup API (better-sqlite3's db.backup: pages in
 * steps between turns of the event loop, so the console keeps working; writes made meanwhile
 * restart the copy of the pages they touch). The file appears whole or not at all; the oldest
 * backups beyond MAX_BACKUPS are deleted.
 */
export async function backupDatabase(
  db: Db,
  dataDir: string,
  reason: BackupReason,
  at = Date.now(),
): Promise<BackupInfo> {
  const paths = target(dataDir, reason, at);
  try {
    await db.backup(paths.partial);
    return keep(dataDir, paths);
  } finally {
    rmSync(paths.partial, { force: true });
  }
}

/**
 * A backup taken synchronously, with VACUUM INTO (one consistent copy in one statement): before a
 * migration, while the database is being opened and nothing else may run, and when the store
 * closes while a run's backup through the online API is still unfinished.
 */
export function backupAtOnce(
  db: Db,
  dataDir: string,
  reason: BackupReason,
  at = Date.now(),
): BackupInfo {
  const paths = target(dataDir, reason, at);
  try {
    db.prepare('VACUUM INTO ?').run(paths.partial);
    return keep(dataDir, paths);
  } finally {
    rmSync(paths.partial, { force: true });
  }
}

/** Copies a backup next to the database, ready to take its place (the backup may be pruned after). */
export function stageRestore(databaseFile: string, backup: string): void {
  const incoming = `${databaseFile}.restoring`;
  copyFileSync(backup, incoming);
  chmodSync(incoming, FILE_MODE);
}

/**
 * Puts the staged backup in the database's place; the store must be closed. The old -wal and
 * -shm files go (closing the store checkpointed them).
 */
export function replaceWithStaged(databaseFile: string): void {
  rmSync(`${databaseFile}-wal`, { force: true });
  rmSync(`${databaseFile}-shm`, { force: true });
  renameSync(`${databaseFile}.restoring`, databaseFile);
}
