import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/main/core/store/database';
import { NewerDatabaseError } from '../../../src/main/core/store/errors';
import { MIGRATIONS, type Migration } from '../../../src/main/core/store/migrations';
import { MARKER_PREDICATE } from '../../../src/main/core/store/migrations/012-run-log-event-columns';
import { RunLog } from '../../../src/main/core/sync/run-log';
import { latestVersion } from '../../../src/shared/migrations';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();
const LATEST = latestVersion(MIGRATIONS);

function tableNames(db: Database.Database): string[] {
  return (
    db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .all() as { name: string }[]
  ).map((row) => row.name);
}

/** Writes a database at an earlier schema version, with a show, product and talking point. */
function buildAtVersion(file: string, version: number): void {
  const { db } = openDatabase(file, { migrations: MIGRATIONS.slice(0, version) });
  if (version >= 1) {
    db.exec(`
      INSERT INTO shows (id, name, host_language, audience_language, created_at, updated_at)
        VALUES (7, 'Old show', 'en', 'zh-CN', '2020-06-09T12:00:00.000Z', '2020-06-09T12:00:00.000Z');
      INSERT INTO products (id, show_id, position, sku, name_host, name_audience, price_minor,
          currency, opening_stock, low_stock_threshold, image_path)
        VALUES (3, 7, 0, 'DUR', 'Durian', '榴莲', 23900, 'CNY', 5000, 500, NULL);
      INSERT INTO talking_points (show_id, product_id, position, text_host, text_audience, planned_seconds)
        VALUES (7, 3, 0, 'Golden pillow', '金枕头', 30);
      INSERT INTO settings (key, value) VALUES ('language', 'zh-CN');
    `);
  }
  db.close();
}

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

describe('openDatabase', () => {
  it('creates every table at the latest version, with the connection settings', () => {
    const file = join(tempDir(), 'new.sqlite');
    const { db, migration } = openDatabase(file);
    expect(migration).toEqual({ from: 0, to: LATEST });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(tableNames(db)).toEqual([
      'audience_actions',
      'audience_comments',
      'audience_demand',
      'audience_demand_base',
      'audience_minutes',
      'audience_settings',
      'audience_show_minutes',
      'onair_points',
      'onair_runs',
      'onair_slot_time',
      'outbox',
      'products',
      'review_order_ms',
      'review_pin',
      'review_seconds',
      'run_gaps',
      'run_log',
      'run_log_order_fill',
      'run_products',
      'run_sync',
      'runs',
      'settings',
      'shows',
      'talking_points',
    ]);
    db.close();
  });

  it('makes the new tables STRICT', () => {
    const { db } = openDatabase(join(tempDir(), 'strict.sqlite'));
    const strict = db.prepare('PRAGMA table_list').all() as { name: string; strict: number }[];
    for (const name of [
      'shows',
      'products',
      'talking_points',
      'settings',
      'runs',
      'run_log',
      'outbox',
      'run_sync',
      'run_products',
      'review_seconds',
      'run_gaps',
      'review_pin',
      'onair_runs',
      'onair_points',
      'onair_slot_time',
      'run_log_order_fill',
    ]) {
      expect(strict.find((table) => table.name === name)?.strict, name).toBe(1);
    }
    expect(() =>
      db.prepare("INSERT INTO settings (key, value) VALUES ('n', ?)").run(Buffer.from('x')),
    ).toThrow(/cannot store BLOB/);
    db.close();
  });

  it('opens a database that is already current without changing it', () => {
    const file = join(tempDir(), 'current.sqlite');
    openDatabase(file).db.close();
    const { db, migration } = openDatabase(file);
    expect(migration).toEqual({ from: LATEST, to: LATEST });
    db.close();
  });

  for (let version = 1; version < LATEST; version += 1) {
    it(`upgrades a database from version ${version}, keeping its data`, () => {
      const file = join(tempDir(), `v${version}.sqlite`);
      buildAtVersion(file, version);
      const { db, migration } = openDatabase(file);
      expect(migration).toEqual({ from: version, to: LATEST });
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST);
      expect(db.prepare('SELECT name FROM shows WHERE id = 7').get()).toEqual({ name: 'Old show' });
      expect(db.prepare('SELECT sku, name_audience, price_minor FROM products').all()).toEqual([
        { sku: 'DUR', name_audience: '榴莲', price_minor: 23900 },
      ]);
      expect(db.prepare('SELECT text_audience FROM talking_points').all()).toEqual([
        { text_audience: '金枕头' },
      ]);
      expect(db.prepare("SELECT value FROM settings WHERE key = 'language'").get()).toEqual({
        value: 'zh-CN',
      });
      db.prepare(
        "INSERT INTO runs (show_id, kind, name, started_at) VALUES (7, 'rehearsal', 'First', 1)",
      ).run();
      db.close();
    });
  }

  it('keeps JPY and VND prices in whole units from version 6 on, other currencies as they were', () => {
    const file = join(tempDir(), 'yen.sqlite');
    buildAtVersion(file, 5);
    const old = new Database(file);
    old.exec(`
      INSERT INTO products (show_id, position, sku, name_host, name_audience, price_minor,
          currency, opening_stock, low_stock_threshold, image_path)
        VALUES (7, 1, 'YEN', 'Melon', '蜜瓜', 120000, 'JPY', 10, 0, NULL),
               (7, 2, 'DONG', 'Rice', '大米', 2500050, 'VND', 10, 0, NULL);
    `);
    old.close();
    const { db } = openDatabase(file);
    expect(db.prepare('SELECT sku, price_minor FROM products ORDER BY position').all()).toEqual([
      { sku: 'DUR', price_minor: 23900 },
      { sku: 'YEN', price_minor: 1200 },
      { sku: 'DONG', price_minor: 25001 },
    ]);
    db.close();
  });

  it('takes the English kind off run names from version 10 on (the UI says the kind itself)', () => {
    const file = join(tempDir(), 'run-names.sqlite');
    buildAtVersion(file, 9);
    const old = new Database(file);
    old.exec(`
      INSERT INTO runs (show_id, kind, name, started_at)
        VALUES (7, 'live', 'Old show (live)', 1), (7, 'rehearsal', 'Old show (rehearsal)', 2),
               (7, 'live', 'Durian night', 3), (7, 'rehearsal', 'Dry run (live)', 4);
    `);
    old.close();
    const { db } = openDatabase(file);
    expect(db.prepare('SELECT name FROM runs ORDER BY started_at').pluck().all()).toEqual([
      'Old show',
      'Old show',
      'Durian night',
      'Dry run (live)',
    ]);
    db.close();
  });

  it('gives the run log events their type and seq columns from version 12 on, and reads them', () => {
    const file = join(tempDir(), 'event-columns.sqlite');
    buildAtVersion(file, 11);
    const old = new Database(file);
    old.exec(`
      INSERT INTO runs (id, show_id, kind, name, started_at) VALUES (1, 7, 'live', 'Old show', 1);
      INSERT INTO run_log (run_id, at, kind, payload) VALUES
        (1, 2, 'event', '{"type":"pin","seq":1,"at":2,"sku":"DUR","until":null}'),
        (1, 3, 'event', '{"type":"order","seq":2,"at":3,"orderId":"o","sku":"DUR","qty":1,"priceMinor":9,"stock":4,"sold":1}'),
        (1, 4, 'link', '{"state":"connected"}'),
        (1, 5, 'event', '{"type":"pin"}');
    `);
    old.close();
    const { db } = openDatabase(file);
    expect(
      db.prepare('SELECT kind, event_type, event_seq FROM run_log ORDER BY seq').raw().all(),
    ).toEqual([
      ['event', 'pin', 1],
      ['event', 'order', 2],
      ['link', null, null],
      ['event', 'pin', null],
    ]);
    const log = new RunLog(db);
    const pin = { type: 'pin', seq: 3, at: 6, sku: 'RICE', until: null } as const;
    db.transaction(() => log.appendEvents(1, [pin], 6))();
    expect(db.prepare('SELECT sku FROM review_pin WHERE run_id = 1').pluck().get()).toBe('RICE');
    const markers = db
      .prepare(`SELECT event_seq FROM run_log WHERE run_id = 1 AND ${MARKER_PREDICATE}`)
      .pluck()
      .all();
    expect(markers).toEqual([1, null, null, 3]);
    db.close();
  });

  it('gives commands dropped at the end of a run the status dropped from version 14 on', () => {
    const file = join(tempDir(), 'dropped-commands.sqlite');
    buildAtVersion(file, 13);
    const old = new Database(file);
    old.exec(`
      INSERT INTO runs (id, show_id, kind, name, started_at) VALUES (1, 7, 'live', 'Old show', 1);
      INSERT INTO outbox (command_id, run_id, kind, payload, created_at, status, reason) VALUES
        ('c1', 1, 'restock', '{}', 1, 'rejected', '{"code":"dropped_at_end","message":"m"}'),
        ('c2', 1, 'restock', '{}', 2, 'rejected', '{"code":"sold_out","message":"m"}'),
        ('c3', 1, 'unpin', '{}', 3, 'applied', NULL),
        ('c4', 1, 'unpin', '{}', 4, 'pending', NULL);
    `);
    old.close();
    const { db } = openDatabase(file);
    expect(
      db.prepare('SELECT command_id, status FROM outbox ORDER BY created_at').raw().all(),
    ).toEqual([
      ['c1', 'dropped'],
      ['c2', 'rejected'],
      ['c3', 'applied'],
      ['c4', 'pending'],
    ]);
    db.close();
  });

  it('refuses a database from a newer Showdesk with a named error and leaves the file alone', () => {
    const file = join(tempDir(), 'newer.sqlite');
    buildAtVersion(file, LATEST);
    const raw = new Database(file);
    raw.pragma(`user_version = ${LATEST + 1}`);
    raw.close();
    const before = sha256(file);

    let caught: unknown;
    try {
      openDatabase(file).db.close();
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(NewerDatabaseError);
    const error = caught as NewerDatabaseError;
    expect(error.name).toBe('NewerDatabaseError');
    expect(error.fileVersion).toBe(LATEST + 1);
    expect(error.appVersion).toBe(LATEST);
    expect(error.message).toContain(file);
    expect(error.message).toContain(`version ${LATEST + 1}`);
    expect(error.message).toContain(`up to ${LATEST}`);
    expect(error.message).toContain('newer Showdesk');
    expect(sha256(file)).toBe(before);
  });

  it('applies all pending migrations in one transaction: a failing one leaves the file as it was', () => {
    const file = join(tempDir(), 'failing.sqlite');
    const failing: Migration = {
      version: LATEST + 1,
      name: 'broken',
      up: (db) => {
        db.exec('CREATE TABLE half_done (id INTEGER PRIMARY KEY) STRICT');
        throw new Error('migration bug');
      },
    };
    expect(() => openDatabase(file, { migrations: [...MIGRATIONS, failing] })).toThrow(
      'migration bug',
    );
    const raw = new Database(file);
    expect(raw.pragma('user_version', { simple: true })).toBe(0);
    expect(tableNames(raw)).toEqual([]);
    raw.close();
  });

  it('rejects a migration list that is not numbered 1, 2, 3, ...', () => {
    const file = join(tempDir(), 'list.sqlite');
    const noop = (version: number): Migration => ({
      version,
      name: `m${version}`,
      up: () => undefined,
    });
    expect(() => openDatabase(file, { migrations: [noop(1), noop(3)] })).toThrow(/out of order/);
    expect(() => openDatabase(file, { migrations: [noop(2), noop(1)] })).toThrow(/out of order/);
    expect(() => openDatabase(file, { migrations: [noop(1), noop(1)] })).toThrow(/out of order/);
  });
});
