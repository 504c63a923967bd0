/**
 * The database file was written by a newer Showdesk: its schema version is past the newest
 * migration this build knows. Opening it could lose data, so it is refused untouched.
 */
export class NewerDatabaseError extends Error {
  readonly file: string;
  readonly fileVersion: number;
  readonly appVersion: number;

  constructor(file: string, fileVersion: number, appVersion: number) {
    super(
      `The database ${file} has schema version ${fileVersion}, but this Showdesk only knows ` +
        `versions up to ${appVersion}. It was written by a newer Showdesk: open it with that ` +
        `newer Showdesk (or install it), or move the file away to start with an empty one. ` +
        `The file was not changed.`,
    );
    this.name = 'NewerDatabaseError';
    this.file = file;
    this.fileVersion = fileVersion;
    this.appVersion = appVersion;
  }
}

/**
 * The database failed SQLite's quick check (or is not a database at all): it is not opened, since
 * every later call could fail or write over what is left. The message says how to go on.
 */
export class CorruptDatabaseError extends Error {
  readonly file: string;
  readonly problems: readonly string[];
  readonly newestBackup: string | null;

  constructor(file: string, problems: readonly string[], newestBackup: string | null) {
    const restore =
      newestBackup === null
        ? 'There is no backup of it yet.'
        : `To restore the newest backup, quit Showdesk and copy ${newestBackup} over ${file}.`;
    super(
      `The database ${file} is damaged and was not opened (SQLite: ${problems.slice(0, 3).join('; ')}). ` +
        `${restore} To start fresh instead, quit Showdesk and move ${file} (with its -wal and ` +
        `-shm files, if any) to another folder: Showdesk then starts with an empty database, and ` +
        `the damaged file stays for a specialist. Nothing was changed.`,
    );
    this.name = 'CorruptDatabaseError';
    this.file = file;
    this.problems = problems;
    this.newestBackup = newestBackup;
  }
}
