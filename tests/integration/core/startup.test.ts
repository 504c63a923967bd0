import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NewerDatabaseError } from '../../../src/main/core/store/errors';
import { MIGRATIONS } from '../../../src/main/core/store/migrations';
import { latestVersion } from '../../../src/shared/migrations';
import { DemoShow, readDemoShow } from '../../../src/main/core/lineup/demo-show';
import { openDatabase } from '../../../src/main/core/store/database';
import { useTempDirs } from '../../support/temp-dir';
import { asBeforeOrderColumns, ordersUnlikeTheirJson } from '../../support/before-order-columns';
import { waitFor } from '../../support/console-core';
import { RESOURCES_DIR, databaseFile, invoke, startCore } from '../../support/core-api';
import { journalOrders, newRun } from '../../support/journal-orders';

const tempDir = useTempDirs();

describe('createCore', () => {
  it('creates the data folder and the database on first start', async () => {
    const dataDir = join(tempDir(), 'nested', 'data');
    const core = startCore(dataDir);
    const info = await invoke(core, 'app.info', {});
    const pkg = JSON.parse(readFileSync(join(RESOURCES_DIR, '..', 'package.json'), 'utf8')) as {
      version: string;
    };
    expect(info).toEqual({ version: pkg.version, dataDir, language: 'en', transport: 'web' });
    core.close();
    const raw = new Database(databaseFile(dataDir), { readonly: true });
    expect(raw.pragma('user_version', { simple: true })).toBe(latestVersion(MIGRATIONS));
    raw.close();
  });

  it('reports the version and transport it was given', async () => {
    const core = startCore(tempDir(), { version: '9.9.9', transport: 'electron' });
    expect(await invoke(core, 'app.info', {})).toMatchObject({
      version: '9.9.9',
      transport: 'electron',
    });
    core.close();
  });

  it('keeps the language setting across restarts', async () => {
    const dataDir = tempDir();
    let core = startCore(dataDir);
    expect(await invoke(core, 'settings.setLanguage', { language: 'zh-CN' })).toMatchObject({
      language: 'zh-CN',
    });
    core.close();
    core = startCore(dataDir);
    expect((await invoke(core, 'app.info', {})).language).toBe('zh-CN');
    core.close();
  });

  it('refuses a database from a newer Showdesk', () => {
    const dataDir = tempDir();
    startCore(dataDir).close();
    const raw = new Database(databaseFile(dataDir));
    raw.pragma(`user_version = ${latestVersion(MIGRATIONS) + 1}`);
    raw.close();
    expect(() => startCore(dataDir)).toThrow(NewerDatabaseError);
  });

  it('fills the order columns of a run journaled before them after it starts', async () => {
    const dataDir = tempDir();
    startCore(dataDir).close();
    const { db } = openDatabase(databaseFile(dataDir));
    const runId = newRun(db);
    for (let seq = 0; seq < 3_000;) seq = journalOrders(db, runId, seq, 1_000);
    asBeforeOrderColumns(db);
    db.close();

    const core = startCore(dataDir);
    const raw = new Database(databaseFile(dataDir), { readonly: true });
    const left = raw.prepare('SELECT count(*) FROM run_log_order_fill').pluck();
    await waitFor(() => left.get() === 0, 'the fill to end', 60_000);
    expect(ordersUnlikeTheirJson(raw)).toBe(0);
    expect(await invoke(core, 'app.info', {})).toMatchObject({ dataDir });
    raw.close();
    core.close();
  }, 90_000);
});

describe('demo show', () => {
  it('is valid against the lineup schemas and holds the 618 Thai fruit lineup', () => {
    const demo = readDemoShow(RESOURCES_DIR);
    expect(DemoShow.safeParse(demo).success).toBe(true);
    expect(demo.hostLanguage).toBe('en');
    expect(demo.audienceLanguage).toBe('zh-CN');
    expect(demo.products.map((p) => [p.sku, p.openingStock])).toEqual([
      ['TH-DURIAN-MONTHONG', 5000],
      ['TH-MANGOSTEEN', 40000],
      ['TH-COCONUT-NAMHOM', 20000],
      ['TH-RICE-HOMMALI', 3000],
    ]);
    for (const product of demo.products) {
      expect(product.talkingPoints.length).toBeGreaterThanOrEqual(2);
      expect(product.talkingPoints.length).toBeLessThanOrEqual(4);
      for (const point of product.talkingPoints) {
        expect(point.textAudience).toMatch(/[\u4e00-\u9fff]/);
        expect(point.plannedSeconds).toBeGreaterThan(0);
      }
    }
    expect(demo.talkingPoints).toHaveLength(2);
  });

  it('is added on the first start only, and stays deleted once deleted', async () => {
    const dataDir = tempDir();
    let core = startCore(dataDir, { seedDemo: true });
    const [demo] = await invoke(core, 'show.list', {});
    expect(demo).toMatchObject({ name: '618 Thai fruit live (Tmall)', productCount: 4 });
    const show = await invoke(core, 'show.get', { showId: demo.id });
    expect(show.products[0]).toMatchObject({ priceMinor: 23900, currency: 'CNY', position: 0 });
    expect(show.talkingPoints.map((p) => p.position)).toEqual([0, 1]);
    core.close();

    core = startCore(dataDir, { seedDemo: true });
    expect(await invoke(core, 'show.list', {})).toHaveLength(1);
    await invoke(core, 'show.delete', { showId: demo.id });
    core.close();

    core = startCore(dataDir, { seedDemo: true });
    expect(await invoke(core, 'show.list', {})).toEqual([]);
    core.close();
  });

  it('is not added to an existing database that already has shows', async () => {
    const dataDir = tempDir();
    let core = startCore(dataDir);
    await invoke(core, 'show.create', { name: 'Mine' });
    core.close();
    core = startCore(dataDir, { seedDemo: true });
    expect((await invoke(core, 'show.list', {})).map((s) => s.name)).toEqual(['Mine']);
    core.close();
  });

  it('fails loudly when the bundled demo file is missing', () => {
    expect(() => startCore(tempDir(), { seedDemo: true, resourcesDir: tempDir() })).toThrow(
      /demo-show\.json/,
    );
  });
});
