import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core/core';
import { listBackups } from '../../../src/main/core/store/backups';
import { openDatabase } from '../../../src/main/core/store/database';
import { CorruptDatabaseError } from '../../../src/main/core/store/errors';
import { MIGRATIONS } from '../../../src/main/core/store/migrations';
import type { StorageState } from '../../../src/shared/model/storage';
import { MAX_BACKUPS } from '../../../src/shared/model/storage';
import { useConsoleHarness } from '../../support/console-harness';
import { record, waitFor } from '../../support/console-core';
import { databaseFile, invoke, invokeError, startCore } from '../../support/core-api';

const harness = useConsoleHarness();

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** A console on a new folder with one show, closed again (the WAL checkpointed into the file). */
async function folderWithShow(name: string): Promise<string> {
  const dataDir = await harness.tempDir();
  const core = startCore(dataDir);
  await invoke(core, 'show.create', { name });
  core.close();
  return dataDir;
}

/**
 * Adds a table of 3,000 rows to the closed database and overwrites its last page (a leaf of that
 * table, which nothing reads at start) with bytes no B-tree page can hold.
 */
function damageLastPage(file: string): void {
  const db = new Database(file);
  db.exec('CREATE TABLE filler (text TEXT)');
  const insert = db.prepare('INSERT INTO filler VALUES (?)');
  for (let row = 0; row < 3000; row += 1) insert.run(`row ${row} `.repeat(8));
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  db.close();
  const bytes = readFileSync(file);
  bytes.fill(0xa5, bytes.length - pageSize, bytes.length);
  writeFileSync(file, bytes);
}

/**
 * Changes the stored key of one entry in `index` (same length, still in order): every page stays
 * well formed, so the quick check passes, but the full check finds a row missing from the index.
 */
function skewIndex(file: string, index: string, key: string, replacement: string): void {
  const db = new Database(file, { readonly: true });
  const { rootpage } = db
    .prepare('SELECT rootpage FROM sqlite_schema WHERE name = ?')
    .get(index) as {
    rootpage: number;
  };
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  db.close();
  const bytes = readFileSync(file);
  const page = bytes.subarray((rootpage - 1) * pageSize, rootpage * pageSize);
  const at = page.indexOf(key);
  expect(at).toBeGreaterThan(0);
  page.write(replacement, at);
  writeFileSync(file, bytes);
}

async function storageState(core: Core): Promise<StorageState> {
  return invoke(core, 'storage.state', {});
}

describe('storage integrity', () => {
  it('refuses a database with damaged pages at a start after an unclean shutdown, saying how to go on, and leaves it untouched', async () => {
    const dataDir = await folderWithShow('Damaged');
    const file = databaseFile(dataDir);
    damageLastPage(file);
    // The WAL file a console killed right after a checkpoint leaves behind.
    writeFileSync(`${file}-wal`, '');
    const before = sha256(file);

    let error: unknown;
    try {
      startCore(dataDir);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CorruptDatabaseError);
    const message = (error as Error).message;
    expect(message).toContain(`The database ${file} is damaged and was not opened`);
    expect(message).toContain('There is no backup of it yet');
    expect(message).toContain(`move ${file}`);
    expect(sha256(file)).toBe(before);

    // The folder lock was released: a fresh start works once the damaged file is moved aside.
    writeFileSync(file, '');
    const fresh = harness.startConsole(dataDir);
    expect(await invoke(fresh, 'show.list', {})).toEqual([]);
  });

  it('opens a database with damaged pages after a clean shutdown at once, and reports them from the background check', async () => {
    const dataDir = await folderWithShow('Damaged, closed cleanly');
    const file = databaseFile(dataDir);
    damageLastPage(file);

    const opened = harness.startConsole(dataDir);
    const states = record(opened, 'storage.state');
    expect((await invoke(opened, 'show.list', {})).map((show) => show.name)).toEqual([
      'Damaged, closed cleanly',
    ]);
    expect((await storageState(opened)).integrity.status).toBe('checking');
    await waitFor(() => states.length > 0, 'the integrity check', 60_000);
    expect(states[0]?.integrity.status).toBe('damaged');
    expect((await storageState(opened)).integrity).toMatchObject({
      status: 'damaged',
      problems: [expect.stringMatching(/filler|page|btree|database disk image is malformed/i)],
    });
  });

  it('names the newest backup when the damaged database has one', async () => {
    const dataDir = await folderWithShow('Backed up');
    const core = startCore(dataDir);
    const backup = await invoke(core, 'storage.backup', {});
    core.close();
    writeFileSync(databaseFile(dataDir), Buffer.alloc(8192, 0x5a));

    expect(() => startCore(dataDir)).toThrow(
      `copy ${join(dataDir, 'backups', backup.name)} over ${databaseFile(dataDir)}`,
    );
  });

  it('reports damage the quick check cannot see from the background integrity check', async () => {
    const dataDir = await harness.tempDir();
    const core = startCore(dataDir);
    await invoke(core, 'show.create', { name: 'Index skew marker' });
    core.close();
    const file = databaseFile(dataDir);
    const db = new Database(file);
    db.exec(
      "CREATE TABLE probe (label TEXT); CREATE INDEX probe_label ON probe (label); INSERT INTO probe VALUES ('probe-key-0001')",
    );
    db.close();
    skewIndex(file, 'probe_label', 'probe-key-0001', 'probe-key-0002');

    const opened = harness.startConsole(dataDir);
    const states = record(opened, 'storage.state');
    await waitFor(() => states.length > 0, 'the integrity check');
    const [state] = states;
    expect(state?.integrity).toMatchObject({
      status: 'damaged',
      problems: ['row 1 missing from index probe_label'],
    });
    expect((await storageState(opened)).integrity.status).toBe('damaged');
  });

  it('finds a sound database sound', async () => {
    const dataDir = await folderWithShow('Sound');
    const core = harness.startConsole(dataDir);
    const states = record(core, 'storage.state');
    await waitFor(() => states.length > 0, 'the integrity check');
    expect(states[0]?.integrity.status).toBe('ok');
  });
});

describe('backups', () => {
  it('backs up, restores through a restart of the store, and keeps the replaced database as a backup', async () => {
    const dataDir = await harness.tempDir();
    const core = harness.startConsole(dataDir);
    await invoke(core, 'show.create', { name: 'Kept' });
    const backup = await invoke(core, 'storage.backup', {});
    expect(backup.reason).toBe('manual');
    expect(statSync(join(dataDir, 'backups', backup.name)).mode & 0o777).toBe(0o600);
    expect(statSync(join(dataDir, 'backups')).mode & 0o777).toBe(0o700);
    await invoke(core, 'show.create', { name: 'Made after the backup' });

    const restored = record(core, 'storage.restored');
    const state = await invoke(core, 'storage.restore', { name: backup.name });
    expect(restored).toEqual([{ name: backup.name }]);
    expect((await invoke(core, 'show.list', {})).map((show) => show.name)).toEqual(['Kept']);
    expect(state.backups.map((entry) => entry.reason)).toEqual(['before-restore', 'manual']);
    expect(statSync(databaseFile(dataDir)).mode & 0o777).toBe(0o600);

    // The replaced database is a backup too: restoring it brings the later show back.
    const [undo] = state.backups;
    await invoke(core, 'storage.restore', { name: undo?.name ?? '' });
    expect((await invoke(core, 'show.list', {})).map((show) => show.name).sort()).toEqual([
      'Kept',
      'Made after the backup',
    ]);
    // Still one writer: the store restarted behind the same folder lock.
    expect(() => startCore(dataDir)).toThrow('is in use by');
  });

  it('refuses to restore a name that is not a backup in the list', async () => {
    const core = harness.startConsole(await harness.tempDir());
    const unknown = await invokeError(core, 'storage.restore', {
      name: 'showdesk-20260101T000000000Z-manual.sqlite',
    });
    expect(unknown.code).toBe('invalid_input');
    const path = await invokeError(core, 'storage.restore', { name: '../showdesk.sqlite' });
    expect(path.code).toBe('invalid_input');
  });

  it(`keeps the newest ${MAX_BACKUPS} backups`, async () => {
    const dataDir = await harness.tempDir();
    const core = harness.startConsole(dataDir);
    const made = [];
    for (let index = 0; index < MAX_BACKUPS + 2; index += 1) {
      await invoke(core, 'show.create', { name: `Show ${index}` });
      made.push((await invoke(core, 'storage.backup', {})).name);
    }
    const kept = (await storageState(core)).backups.map((backup) => backup.name);
    expect(kept).toEqual(made.slice(2).reverse());
    expect(readdirSync(join(dataDir, 'backups')).sort()).toEqual([...kept].sort());
  });

  it('backs the database up before a migration, at its old version', async () => {
    const dataDir = await harness.tempDir();
    const file = databaseFile(dataDir);
    const { db } = openDatabase(file, { migrations: MIGRATIONS.slice(0, 3) });
    db.close();

    const core = harness.startConsole(dataDir);
    const [backup] = (await storageState(core)).backups;
    expect(backup?.reason).toBe('before-migration');
    const copy = new Database(join(dataDir, 'backups', backup?.name ?? ''), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(3);
    copy.close();
  });

  it('backs a live run up when it ends, with the WAL checkpointed', async () => {
    const session = await harness.openSession({ products: [{ sku: 'A', stock: 5 }] });
    const states = record(session.core, 'storage.state');
    await invoke(session.core, 'run.end', {});
    await waitFor(() => states.some((state) => state.backups.length > 0), 'the run-end backup');
    const state = await storageState(session.core);
    expect(state.backups.map((backup) => backup.reason)).toEqual(['run-end']);
    expect(state.walBytes).toBe(0);
  });

  it('finishes the end-of-run backup when the console closes right after the run ends', async () => {
    const session = await harness.openSession({ products: [{ sku: 'A', stock: 5 }] });
    await invoke(session.core, 'run.end', {});
    session.core.close();

    const [backup, ...others] = listBackups(session.dataDir);
    expect(others).toEqual([]);
    expect(backup?.reason).toBe('run-end');
    const copy = new Database(join(session.dataDir, 'backups', backup?.name ?? ''), {
      readonly: true,
    });
    const run = copy.prepare('SELECT ended_at FROM runs WHERE id = ?').get(session.runId) as {
      ended_at: number | null;
    };
    copy.close();
    expect(run.ended_at).not.toBeNull();
  });
});
