/**
 * Start-up: from starting the browser host (on a fresh data folder, so it creates the database
 * and the demo show) to the first screen interactive in Chromium: the demo show's lineup with its
 * "Add product" button visible and enabled; then to the lineup complete: every product card of the
 * demo show and every talking point (its products' and the show's) rendered, which the screen
 * draws in a background render after the first screen (DeferredRender), so that the deferral cannot
 * hide a slow list. Chromium is started before the clock runs. The built
 * host (`npm run web:built`, out/main/web-host.js) and the same host under tsx (`npm run web`)
 * start `runs` times each, in turn; medians reported, with the time until the host listens.
 * With `--orders N` the built host also starts `runs` times on a data folder whose database holds
 * a finished live run of N orders (made once, closed cleanly, as after a long show), to its first
 * screen.
 *
 *   npx tsx bench/start-up.ts [--runs 5] [--orders 1000000]
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ensureBuilt } from '../src/main/web/ensure-built';
import { projectPaths } from '../src/main/web/project-paths';
import { createRun } from '../src/main/core/runs/run-repository';
import { readDemoShow } from '../src/main/core/lineup/demo-show';
import { openDatabase } from '../src/main/core/store/database';
import {
  BUILT_HOST,
  BrowserHostProcess,
  type HostEntry,
} from '../tests/e2e/support/browser-host-process';
import { journalOrders } from '../tests/support/journal-orders';
import { ROOT } from './support/child';
import { CHROMIUM, CHROMIUM_ARGS } from './support/chromium';
import { reportFigures } from './support/report';
import { percentile } from './support/stats';

const DEMO_SHOW = '618 Thai fruit live (Tmall)';
const { values } = parseArgs({
  options: { runs: { type: 'string', default: '5' }, orders: { type: 'string', default: '0' } },
});
const runs = Number(values.runs);
const orders = Number(values.orders);

interface StartTimes {
  listening: number;
  interactive: number;
  /** Every product card and talking point of the demo show rendered. */
  complete: number;
}

/** What the demo show's lineup shows once complete: its product cards and talking points. */
const demo = readDemoShow(path.join(ROOT, 'resources'));
const POINTS = [...demo.talkingPoints, ...demo.products.flatMap((p) => p.talkingPoints)].map(
  (point) => point.textHost,
);

/**
 * Waits until the page holds every product card and talking point of the demo show: checked in
 * the page on each change of its DOM. (A locator's wait per card and talking point, 15 round trips
 * to the page one after another, added about 0.3 s under load to what the page took.)
 */
async function lineupComplete(page: Page): Promise<void> {
  await page.evaluate(`new Promise((resolve) => {
    const complete = () =>
      document.querySelectorAll('[data-testid="product-card"]').length >= ${demo.products.length} &&
      ${JSON.stringify(POINTS)}.every((text) => document.body.textContent.includes(text));
    if (complete()) return resolve(true);
    const observer = new MutationObserver(() => {
      if (!complete()) return;
      observer.disconnect();
      resolve(true);
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  })`);
}

const freshFolder = () => fs.mkdtemp(path.join(os.tmpdir(), 'showdesk-bench-start-up-'));

/**
 * Starts the host and times it to listening and to the first screen: on a fresh data folder, or
 * on `kept` (left as the host's clean stop leaves it).
 */
async function startOnce(browser: Browser, entry: HostEntry, kept?: string): Promise<StartTimes> {
  const dataDir = kept ?? (await freshFolder());
  const host = new BrowserHostProcess(dataDir, entry);
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  try {
    const start = performance.now();
    const url = await host.start();
    const listening = performance.now() - start;
    await page.goto(url);
    await page.getByText(DEMO_SHOW).first().waitFor({ state: 'visible' });
    const addProduct = page.getByRole('button', { name: 'Add product' });
    await addProduct.waitFor({ state: 'visible' });
    await addProduct.isEnabled();
    const interactive = performance.now() - start;
    await lineupComplete(page);
    return { listening, interactive, complete: performance.now() - start };
  } finally {
    await page.close();
    await host.stop();
    if (kept === undefined) await fs.rm(dataDir, { recursive: true, force: true });
  }
}

/** A data folder made by the built host with a finished live run of the demo show of `count` orders. */
async function folderWithOrders(browser: Browser, count: number): Promise<string> {
  const dataDir = await freshFolder();
  await startOnce(browser, 'built', dataDir);
  const { db } = openDatabase(path.join(dataDir, 'showdesk.sqlite'));
  try {
    const showId = db
      .prepare('SELECT id FROM shows WHERE name = ?')
      .pluck()
      .get(DEMO_SHOW) as number;
    const target = { serverUrl: 'http://127.0.0.1:9', serverShowId: 'bench', token: 't' };
    const runId = createRun(db, { showId, kind: 'live', name: 'A long show', target }).id;
    for (let seq = 0; seq < count;)
      seq = journalOrders(db, runId, seq, Math.min(1_000, count - seq));
    db.prepare('UPDATE runs SET ended_at = started_at + 7200000 WHERE id = ?').run(runId);
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
  return dataDir;
}

const median = (values: number[]) =>
  Math.round(
    percentile(
      [...values].sort((a, b) => a - b),
      50,
    ),
  );

async function main(): Promise<void> {
  ensureBuilt(ROOT, [
    path.join(projectPaths().rendererDir, 'index.html'),
    path.join(ROOT, BUILT_HOST),
  ]);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const times: Record<HostEntry, StartTimes[]> = { built: [], source: [] };
  const big: StartTimes[] = [];
  const bigFolder = orders > 0 ? await folderWithOrders(browser, orders) : undefined;
  try {
    // Alternately, so that all see the same load.
    for (let run = 0; run < runs; run++) {
      for (const entry of ['built', 'source'] as const) {
        times[entry].push(await startOnce(browser, entry));
      }
      if (bigFolder !== undefined) big.push(await startOnce(browser, 'built', bigFolder));
    }
  } finally {
    await browser.close();
    if (bigFolder !== undefined) await fs.rm(bigFolder, { recursive: true, force: true });
  }
  const summary = (entry: HostEntry) => ({
    listening: median(times[entry].map((time) => time.listening)),
    interactive: median(times[entry].map((time) => time.interactive)),
    complete: median(times[entry].map((time) => time.complete)),
  });
  const built = summary('built');
  const source = summary('source');
  console.log(
    `built host: listening ${built.listening} ms, first screen ${built.interactive} ms, ` +
      `lineup complete ${built.complete} ms; ` +
      `under tsx: listening ${source.listening} ms, first screen ${source.interactive} ms ` +
      `(medians of ${runs} starts each)`,
  );
  const withOrders = big.length === 0 ? null : median(big.map((time) => time.interactive));
  if (withOrders !== null) {
    console.log(
      `built host on ${orders.toLocaleString('en')} orders: first screen ${withOrders} ms`,
    );
  }
  reportFigures('start-up', [
    ...(withOrders === null
      ? []
      : [
          {
            figure: `to the first screen interactive, built host, database of ${orders.toLocaleString('en')} orders, median of ${runs}`,
            value: withOrders,
            unit: 'ms',
            targets: [{ on: 'figure' as const, op: '<' as const, value: 1000 }],
          },
        ]),
    {
      figure: `to the first screen interactive, built host (web:built), median of ${runs}`,
      value: built.interactive,
      unit: 'ms',
      targets: [{ on: 'figure', op: '<', value: 1000 }],
    },
    {
      figure: `until the lineup is complete (every product card and talking point rendered), built host, median of ${runs}`,
      value: built.complete,
      unit: 'ms',
      targets: [{ on: 'figure', op: '<', value: 1000 }],
    },
    {
      figure: `until the built host listens, median of ${runs}`,
      value: built.listening,
      unit: 'ms',
    },
    {
      figure: `to the first screen interactive under tsx (npm run web), median of ${runs}`,
      value: source.interactive,
      unit: 'ms',
    },
  ]);
}

await main();
