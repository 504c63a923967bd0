import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/main/core/store/database';
import { inTransaction } from '../../../src/main/core/store/transaction';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs();

function freshDb() {
  const { db } = openDatabase(join(tempDir(), 'rules.sqlite'));
  db.exec(`
    INSERT INTO shows (id, name, host_language, audience_language, created_at, updated_at)
      VALUES (1, 'S', 'en', 'zh-CN', 'x', 'x');
    INSERT INTO runs (id, show_id, kind, name, started_at) VALUES (1, 1, 'live', 'Live', 0);
  `);
  return db;
}

describe('inTransaction', () => {
  it('commits when the work returns', () => {
    const db = freshDb();
    inTransaction(db, () => db.prepare("INSERT INTO settings VALUES ('a', '1')").run());
    expect(db.prepare('SELECT COUNT(*) AS n FROM settings').get()).toEqual({ n: 1 });
    db.close();
  });

  it('rolls back everything when the work throws, and rethrows', () => {
    const db = freshDb();
    expect(() =>
      inTransaction(db, () => {
        db.prepare("INSERT INTO settings VALUES ('a', '1')").run();
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(db.prepare('SELECT COUNT(*) AS n FROM settings').get()).toEqual({ n: 0 });
    expect(db.inTransaction).toBe(false);
    db.close();
  });

  it('refuses async work and writes nothing', () => {
    const db = freshDb();
    expect(() =>
      inTransaction(db, () => {
        db.prepare("INSERT INTO settings VALUES ('a', '1')").run();
        return Promise.resolve();
      }),
    ).toThrow(/synchronous/);
    expect(db.prepare('SELECT COUNT(*) AS n FROM settings').get()).toEqual({ n: 0 });
    db.close();
  });
});

describe('schema rules', () => {
  it('keeps the run log append-only', () => {
    const db = freshDb();
    db.prepare("INSERT INTO run_log (run_id, at, kind, payload) VALUES (1, 5, 'note', '{}')").run();
    expect(() => db.prepare("UPDATE run_log SET kind = 'x'").run()).toThrow(/append-only/);
    expect(() =>
      db
        .prepare(
          "INSERT INTO run_log (run_id, at, kind, payload) VALUES (1, 5, 'note', 'not json')",
        )
        .run(),
    ).toThrow(/CHECK/);
    db.close();
  });

  it('checks run kinds and outbox statuses', () => {
    const db = freshDb();
    expect(() =>
      db
        .prepare("INSERT INTO runs (show_id, kind, name, started_at) VALUES (1, 'dry', 'x', 0)")
        .run(),
    ).toThrow(/CHECK/);
    const insert = db.prepare(
      "INSERT INTO outbox (command_id, run_id, kind, payload, created_at, status) VALUES (?, 1, 'pin', '{}', 0, ?)",
    );
    insert.run('c1', 'pending');
    expect(() => insert.run('c2', 'lost')).toThrow(/CHECK/);
    expect(() => insert.run('c1', 'pending')).toThrow(/UNIQUE/);
    db.close();
  });

  it('enforces foreign keys and one SKU per show', () => {
    const db = freshDb();
    const insert = db.prepare(
      `INSERT INTO products (show_id, position, sku, name_host, name_audience, price_minor, currency,
         opening_stock, low_stock_threshold) VALUES (?, 0, ?, 'n', 'n', 1, 'CNY', 1, 0)`,
    );
    expect(() => insert.run(99, 'A')).toThrow(/FOREIGN KEY/);
    insert.run(1, 'A');
    expect(() => insert.run(1, 'A')).toThrow(/UNIQUE/);
    db.close();
  });
});
