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
