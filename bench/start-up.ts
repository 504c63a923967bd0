/**
 * Start-up: from starting the browser host (`npm run web`'s entry, on a fresh data folder, so it
 * creates the database and the demo show) to the first screen interactive in Chromium: the demo
 * show's lineup with its "Add product" button visible and enabled. Chromium is started before the clock runs; each start is
 * measured `runs` times and the median reported, with the time until the host listens.
 *
 *   npx tsx bench/start-up.ts [--runs 5]
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { ensureBuilt } from '../src/main/web/ensure-built';
import { projectPaths } from '../src/main/web/project-paths';
import { BrowserHostProcess } from '../tests/e2e/support/browser-host-process';
import { ROOT } from './support/child';
import { CHROMIUM, CHROMIUM_ARGS } from './support/chromium';
import { reportFigures } from './support/report';
import { percentile } from './support/stats';

const DEMO_SHOW = '618 Thai fruit live (Tmall)';
const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const runs = Number(values.runs);

async function main(): Promise<void> {
  ensureBuilt(ROOT, [path.join(projectPaths().rendererDir, 'index.html')]);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const listening: number[] = [];
  const interactive: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'showdesk-bench-start-up-'));
      const host = new BrowserHostProcess(dataDir);
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
      try {
        const start = performance.now();
        const url = await host.start();
        listening.push(performance.now() - start);
        await page.goto(url);
        await page.getByText(DEMO_SHOW).first().waitFor({ state: 'visible' });
        const addProduct = page.getByRole('button', { name: 'Add product' });
        await addProduct.waitFor({ state: 'visible' });
        await addProduct.isEnabled();
        interactive.push(performance.now() - start);
      } finally {
        await page.close();
        await host.stop();
        await fs.rm(dataDir, { recursive: true, force: true });
      }
    }
  } finally {
    await browser.close();
  }
  listening.sort((a, b) => a - b);
  interactive.sort((a, b) => a - b);
  const median = (values: number[]) => Math.round(percentile(values, 50));
  console.log(
    `host listening: median ${median(listening)} ms; first screen: median ${median(interactive)} ms (${runs} starts)`,
  );
  reportFigures('start-up', [
    {
      figure: `to the first screen interactive, median of ${runs}`,
      value: median(interactive),
      unit: 'ms',
      targets: [{ on: 'figure', op: '<', value: 1000 }],
    },
    { figure: `until the host listens, median of ${runs}`, value: median(listening), unit: 'ms' },
  ]);
}

await main();
