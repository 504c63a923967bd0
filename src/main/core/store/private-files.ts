import { chmodSync, closeSync, mkdirSync, openSync } from 'node:fs';

/** Only the user who runs Showdesk may read, write or list the data folder. */
const FOLDER_MODE = 0o700;
/** Only that user may read or write the files in it. */
const FILE_MODE = 0o600;

/** Creates the data folder (and its parents) if needed, and makes it the user's only. */
export function preparePrivateFolder(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: FOLDER_MODE });
  chmodSync(dir, FOLDER_MODE);
}

/**
 * Creates the file empty if it does not exist, and makes it the user's only. SQLite gives its
 * -wal and -shm files the mode of the database file, so this covers them too.
 */
export function preparePrivateFile(file: string): void {
  closeSync(openSync(file, 'a', FILE_MODE));
  chmodSync(file, FILE_MODE);
}
