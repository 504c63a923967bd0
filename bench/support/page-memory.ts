/**
 * The resident memory of a page's renderer process in Chromium and the page's JS heap, as the
 * page benches report them. Chromium keeps more than one renderer (the first blank page's, a
 * spare one); the page's is found as the renderer whose CPU time grows while the page runs a
 * busy loop (SystemInfo.getProcessInfo). Linux only (/proc).
 */
import { readFileSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';
import { z } from 'zod';

const MiB = 1024 * 1024;
/** How long the page keeps its renderer busy to be told from the others. */
const BUSY_MS = 300;

const ProcessInfo = z.object({
  processInfo: z.array(z.object({ type: z.string(), id: z.number(), cpuTime: z.number() })),
});

const Metrics = z.object({ metrics: z.array(z.object({ name: z.string(), value: z.number() })) });

export interface PageMemory {
  /** The renderer's resident set (VmRSS), MiB. */
  rssMiB: number;
  /** The page's JS heap in use (garbage not yet collected included), MiB. */
  jsHeapMiB: number;
}

/** A process's resident set in MiB (VmRSS of /proc/<pid>/status). */
function residentMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kB = /^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1];
  if (kB === undefined) throw new Error(`no VmRSS for process ${pid}`);
  return (Number(kB) * 1024) / MiB;
}

/** Each renderer's CPU seconds so far, by pid. */
async function rendererCpu(session: CDPSession): Promise<Map<number, number>> {
  const { processInfo } = ProcessInfo.parse(await session.send('SystemInfo.getProcessInfo'));
  return new Map(
    processInfo
      .filter((process) => process.type === 'renderer')
      .map((process) => [process.id, process.cpuTime]),
  );
}

/**
 * Reads a page's memory: open one once the page shows the app (its renderer is then the one it
 * keeps while only its hash changes), then `read()` as often as wanted.
 */
export class PageMemoryProbe {
  private constructor(
    private readonly page: Page,
    private readonly session: CDPSession,
    private readonly pid: number,
  ) {}

  static async open(page: Page): Promise<PageMemoryProbe> {
    const browser = page.context().browser();
    if (browser === null) throw new Error('the page has no browser to ask for its processes');
    const browserSession = await browser.newBrowserCDPSession();
    const before = await rendererCpu(browserSession);
    await page.evaluate((ms) => {
      const end = performance.now() + ms;
      while (performance.now() < end);
    }, BUSY_MS);
    const after = await rendererCpu(browserSession);
    await browserSession.detach();
    const grown = [...after].map(([pid, cpu]) => ({ pid, cpu: cpu - (before.get(pid) ?? 0) }));
    const busiest = grown.sort((a, b) => b.cpu - a.cpu)[0];
    if (busiest === undefined) throw new Error('Chromium reports no renderer process');
    const session = await page.context().newCDPSession(page);
    await session.send('Performance.enable');
    return new PageMemoryProbe(page, session, busiest.pid);
  }

  private async heapUsedMiB(): Promise<number> {
    const { metrics } = Metrics.parse(await this.session.send('Performance.getMetrics'));
    const used = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value;
    if (used === undefined) throw new Error('Chromium reports no JSHeapUsedSize');
    return used / MiB;
  }

  /** The renderer's RSS and the JS heap as they are once the page is idle (no collection forced). */
  async read(): Promise<PageMemory> {
    await this.page.evaluate(
      'new Promise((resolve) => requestIdleCallback(() => resolve(true), { timeout: 2000 }))',
    );
    return { rssMiB: residentMiB(this.pid), jsHeapMiB: await this.heapUsedMiB() };
  }

  /** The JS heap the page keeps: in use after a full garbage collection, MiB. */
  async retainedHeapMiB(): Promise<number> {
    await this.session.send('HeapProfiler.collectGarbage');
    return this.heapUsedMiB();
  }

  async close(): Promise<void> {
    await this.session.detach();
  }
}
