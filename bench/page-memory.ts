/**
 * The page's memory through a long run: the producer's live console (#/live) open in Debian's
 * Chromium at 1920x1080 (the comments panel open under the lineup) while a crowd buys the pinned
 * product at `--rate` orders a second and writes `--comments` comments a second for `--seconds`.
 * Every `--every` seconds, and once more when the console's core has counted every order sold, it
 * reads the renderer's resident memory (VmRSS of the page's renderer process) and the page's JS
 * heap in use, once the page is idle, no collection forced (bench/support/page-memory.ts).
 * Reports the RSS when the console has opened, at the end and at its highest (target under
 * 300 MiB), the RSS's growth over the run's second half (flat when the page keeps what it holds
 * bounded), the JS heap at the start and the end, and the heap the page keeps at the end (after a
 * full garbage collection).
 *
 *   npx tsx bench/page-memory.ts [--rate 5000] [--seconds 120] [--comments 2000] [--every 10]
 */
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { api } from '../tests/e2e/support/page-api';
import type { BenchFigure } from './support/bench-table';
import { crowdOnConsole, openLiveConsole, PINNED_SKU } from './support/live-console-page';
import { RSS_TARGET_MIB } from './support/memory-target';
import { PageMemoryProbe, type PageMemory } from './support/page-memory';
import { reportFigures } from './support/report';
import { round } from './support/stats';

const { values } = parseArgs({
  options: {
    rate: { type: 'string', default: '5000' },
    seconds: { type: 'string', default: '120' },
    comments: { type: 'string', default: '2000' },
    every: { type: 'string', default: '10' },
  },
});
const rate = Number(values.rate);
const seconds = Number(values.seconds);
const commentRate = Number(values.comments);
const everyMs = Number(values.every) * 1000;
const VIEWPORT = { width: 1920, height: 1080 };

interface Sample extends PageMemory {
  /** Seconds since the crowd started. */
  at: number;
}

/** Waits (up to 60 s) until the console's core has counted `sold` units of the pinned product. */
async function coreCounted(page: Page, sold: number): Promise<void> {
  const start = Date.now();
  while (Date.now() - start < 60_000) {
    const state = await api(page, 'live.state', {});
    const pinned = state?.products.find((product) => product.sku === PINNED_SKU);
    if ((pinned?.sold ?? 0) >= sold) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the console did not count ${sold} orders within 60 s`);
}

/** Reads the page's memory every `everyMs` until `done` settles; returns the samples. */
async function sampleUntil(
  probe: PageMemoryProbe,
  done: Promise<unknown>,
  started: number,
): Promise<Sample[]> {
  let finished = false;
  void done.finally(() => (finished = true));
  const samples: Sample[] = [];
  while (!finished) {
    await Promise.race([done, new Promise((resolve) => setTimeout(resolve, everyMs))]);
    if (finished) break;
    samples.push({ at: (Date.now() - started) / 1000, ...(await probe.read()) });
  }
  return samples;
}

const mib = (value: number) => `${round(value)} MiB`;

async function main(): Promise<void> {
  const stock = Math.max(1_000_000, rate * seconds * 2);
  const live = await openLiveConsole(stock, VIEWPORT);
  try {
    const probe = await PageMemoryProbe.open(live.page);
    const opened = await probe.read();
    const started = Date.now();
    const crowd = crowdOnConsole(live, { rate, seconds, comments: commentRate });
    const during = await sampleUntil(probe, crowd, started);
    const result = await crowd;
    await coreCounted(live.page, result.sold);
    const end: Sample = { at: (Date.now() - started) / 1000, ...(await probe.read()) };
    const kept = await probe.retainedHeapMiB();
    await probe.close();
    const samples = [...during, end];
    const half = samples.find((sample) => sample.at >= seconds / 2) ?? end;
    const peak = Math.max(opened.rssMiB, ...samples.map((sample) => sample.rssMiB));
    for (const sample of samples) {
      console.log(
        `${round(sample.at)} s: renderer RSS ${mib(sample.rssMiB)}, JS heap ${mib(sample.jsHeapMiB)}`,
      );
    }
    const run = `${result.sold.toLocaleString('en')} orders at ${Math.round(result.rate).toLocaleString('en')}/s`;
    const withComments =
      commentRate > 0 ? ` + ${result.comments.toLocaleString('en')} comments` : '';
    console.log(
      `live console followed ${run}${withComments}: renderer RSS ${mib(opened.rssMiB)} opened, ` +
        `${mib(end.rssMiB)} at the end, ${mib(peak)} at most; JS heap ${mib(opened.jsHeapMiB)} ` +
        `opened, ${mib(end.jsHeapMiB)} at the end, ${mib(kept)} kept`,
    );
    const figures: BenchFigure[] = [
      { figure: 'page resident memory, live console opened', value: opened.rssMiB, unit: 'MiB' },
      {
        figure: `page resident memory after following ${run}${withComments}`,
        value: end.rssMiB,
        unit: 'MiB',
        targets: [{ on: 'figure', op: '<', value: RSS_TARGET_MIB }],
      },
      {
        figure: `page resident memory, highest of ${samples.length + 1} readings meanwhile`,
        value: peak,
        unit: 'MiB',
        targets: [{ on: 'figure', op: '<', value: RSS_TARGET_MIB }],
      },
      {
        figure: `page resident memory growth over the second half (${round(half.at)} s to ${round(end.at)} s)`,
        value: end.rssMiB - half.rssMiB,
        unit: 'MiB',
      },
      { figure: 'page JS heap, live console opened', value: opened.jsHeapMiB, unit: 'MiB' },
      { figure: `page JS heap after following ${run}`, value: end.jsHeapMiB, unit: 'MiB' },
      {
        figure: 'page JS heap kept then, after a full garbage collection',
        value: kept,
        unit: 'MiB',
      },
    ];
    reportFigures('page memory (live console)', figures);
  } finally {
    await live.close();
  }
}

await main();
