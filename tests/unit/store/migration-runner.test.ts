import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { LedgerTooNewError, migrate } from '../../../src/sale-server/ledger/migrations';
import { applyMigrations, type Migration } from '../../../src/shared/migrations';

const open: Database.Database[] = [];
afterEach(() => open.splice(0).forEach((db) => db.close()));

function memory(): Database.Database {
  const db = new Database(':memory:');
  open.push(db);
  return db;
}

const step = (version: number, sql: string): Migration<Database.Database> => ({
  version,
  name: `t${version}`,
  up: (db) => db.exec(sql),
});
const tooNew = (found: number, known: number) => new Error(`too new: ${found} > ${known}`);

describe('the migration runner', () => {
  it('applies the pending steps and records the version', () => {
    const db = memory();
    expect(applyMigrations(db, [step(1, 'CREATE TABLE a (x)')], tooNew)).toEqual({
      from: 0,
      to: 1,
    });
    const list = [step(1, 'CREATE TABLE a (x)'), step(2, 'CREATE TABLE b (y)')];
    expect(applyMigrations(db, list, tooNew)).toEqual({ from: 1, to: 2 });
    expect(applyMigrations(db, list, tooNew)).toEqual({ from: 2, to: 2 });
    expect(db.pragma('user_version', { simple: true })).toBe(2);
  });

  it('leaves the database as it was when a step fails', () => {
    const db = memory();
    const list = [step(1, 'CREATE TABLE a (x)'), step(2, 'NOT SQL')];
    expect(() => applyMigrations(db, list, tooNew)).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'a'").get()).toEqual({
      n: 0,
    });
  });

  it('refuses a database from a newer build with the caller’s error', () => {
    const db = memory();
    db.pragma('user_version = 5');
    expect(() => applyMigrations(db, [step(1, 'CREATE TABLE a (x)')], tooNew)).toThrow(
      'too new: 5 > 1',
    );
    expect(() => migrate(db)).toThrow(LedgerTooNewError);
  });
});
