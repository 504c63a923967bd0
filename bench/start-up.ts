/**
 * Start-up: from starting the browser host (on a fresh data folder, so it creates the database
 * and the demo show) to the first screen interactive in Chromium: the demo show's lineup with its
 * "Add product" button visible and enabled. Chromium is started before the clock runs. The built
 * host (`npm run web:built`, out/main/web-host.js) and the same host under tsx (`npm run web`)
 * start `runs` times each, in turn; medians reported, with the time until the host listens.
 *
 *   npx tsx bench/start-up.ts [--runs 5]
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from 'playwright-core';
import { ensureBuilt } from '../src/main/web/ensure-built';
import { projectPaths } from '../src/main/web/project-paths';
import { BrowserHostProcess, type HostEntry } from '../tests/e2e/support/browser-host-process';
import { ROOT } from './support/child';
import { CHROMIUM, CHROMIUM_ARGS } from './support/chromium';
import { reportFigures } from './support/report';
import { percentile } from './support/stats';

const DEMO_SHOW = '618 Thai fruit live (Tmall)';
const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const runs = Number(values.runs);

interface StartTimes {
  listening: number;
  interactive: number;
}

/** Starts the host on a fresh data folder and times it to listening and to the first screen. */
async function startOnce(browser: Browser, entry: HostEntry): Promise<StartTimes> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'showdesk-bench-start-up-'));
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
    return { listening, interactive: performance.now() - start };
  } finally {
    await page.close();
    await host.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
  }
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
    path.join(ROOT, 'out/main/web-host.js'),
  ]);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const times: Record<HostEntry, StartTimes[]> = { built: [], source: [] };
  try {
    // Alternately, so that both see the same load.
    for (let run = 0; run < runs; run++) {
      for (const entry of ['built', 'source'] as const) {
        times[entry].push(await startOnce(browser, entry));
      }
    }
  } finally {
    await browser.close();
  }
  const summary = (entry: HostEntry) => ({
    listening: median(times[entry].map((time) => time.listening)),
    interactive: median(times[entry].map((time) => time.interactive)),
  });
  const built = summary('built');
  const source = summary('source');
  console.log(
    `built host: listening ${built.listening} ms, first screen ${built.interactive} ms; ` +
      `under tsx: listening ${source.listening} ms, first screen ${source.interactive} ms ` +
      `(medians of ${runs} starts each)`,
  );
  reportFigures('start-up', [
    {
      figure: `to the first screen interactive, built host (web:built), median of ${runs}`,
      value: built.interactive,
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
