import { randomUUID } from 'node:crypto';
import type { Db } from '../store/database';
import { readSetting, writeSetting } from '../store/settings';

const CONSOLE_ID_KEY = 'consoleId';

/** This console's stable id for sale servers, made once and kept in the settings. */
export function consoleId(db: Db): string {
  const existing = readSetting(db, CONSOLE_ID_KEY);
  if (existing !== undefined) return existing;
  const id = randomUUID();
  writeSetting(db, CONSOLE_ID_KEY, id);
  return id;
}
