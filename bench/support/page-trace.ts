/**
 * A Chromium trace of a page over a while, as the trace benches (layout-trace, page-cost) read it:
 * the events that match the bench's schema (the others dropped), the raw trace kept on request.
 */
import { writeFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { z } from 'zod';

export interface TraceRequest<Event> {
  categories: readonly string[];
  seconds: number;
  /** The events the bench reads; events that do not match are dropped. */
  schema: z.ZodType<Event>;
  /** Where to write the raw trace (Chromium's JSON), if anywhere. */
  keep?: string;
}

/** Traces `page` for the request's seconds and returns its events that match the schema. */
export async function tracePage<Event>(page: Page, request: TraceRequest<Event>): Promise<Event[]> {
  const browser = page.context().browser();
  if (browser === null) throw new Error('the page has no browser to trace');
  await browser.startTracing(page, { categories: [...request.categories] });
  await new Promise((resolve) => setTimeout(resolve, request.seconds * 1000));
  const buffer = await browser.stopTracing();
  if (request.keep !== undefined) await writeFile(request.keep, buffer);
  const parsed = z
    .object({ traceEvents: z.array(z.unknown()) })
    .parse(JSON.parse(buffer.toString('utf8')));
  return parsed.traceEvents.flatMap((raw) => {
    const event = request.schema.safeParse(raw);
    return event.success ? [event.data] : [];
  });
}
