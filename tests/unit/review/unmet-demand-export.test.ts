import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { handwrittenRun, T0, type LogWriter } from './log-writer';
import { sampleRehearsal } from './sample-rehearsal';
import { useReview } from './review-fixture';
import { formatLocalIso } from '../../../src/shared/format/times';

const makeReview = useReview();

/**
 * A run of two and a half minutes with the server's demand totals as the console stores them:
 * its first totals (the baseline, with refusals from before the run), then what changed.
 */
function runWithDemand(): LogWriter {
  const log = handwrittenRun();
  log.product('A', 5, 500, T0 + 10, 'Durian');
  log.product('B', 5, 900, T0 + 20, 'Coconut, young');
  log.showState('live', T0 + 100);
  log.order('A', 5, T0 + 1_000);
  log.showState('ended', T0 + 150_000);
  log.end(T0 + 150_000);
  const insert = log.db.prepare(
    'INSERT INTO audience_demand (run_id, at, sku, reason, attempts, units) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const id = log.run.id;
  log.db.prepare('INSERT INTO audience_demand_base (run_id, at) VALUES (?, ?)').run(id, T0 + 50);
  insert.run(id, T0 + 50, 'A', 'sold_out', 7, 7);
  insert.run(id, T0 + 50, 'B', 'sold_out', 5, 5);
  insert.run(id, T0 + 30_000, 'A', 'sold_out', 9, 10);
  insert.run(id, T0 + 70_000, 'A', 'sold_out', 12, 14);
  insert.run(id, T0 + 80_000, 'A', 'flash_cap', 2, 2);
  insert.run(id, T0 + 90_000, 'A', 'show_not_live', 4, 4);
  return log;
}

const parse = (path: string) =>
  Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), {
    header: true,
    skipEmptyLines: true,
  });

describe('unmet demand in the exports', () => {
  it('writes per product, reason and minute what was refused in the run, adding up to the results', async () => {
    const log = runWithDemand();
    const { review } = makeReview(log.db);
    const result = await review.export(log.run.id, 'demand');
    expect(result.fileName).toBe(`Review show - run ${log.run.id} - unmet demand.csv`);
    const parsed = parse(result.path);
    expect(parsed.errors).toEqual([]);
    const minute = (at: number) => ({
      minute_utc: new Date(at).toISOString(),
      minute_local: formatLocalIso(at),
      minute_at_ms: `${at}`,
    });
    const lead = {
      run_id: `${log.run.id}`,
      run_kind: 'live',
      sku: 'A',
      product_host: 'Durian',
      product_audience: 'Durian',
    };
    expect(parsed.data).toEqual([
      { ...lead, ...minute(T0), reason: 'sold_out', attempts_refused: '2', units_refused: '3' },
      {
        ...lead,
        ...minute(T0 + 60_000),
        reason: 'flash_cap',
        attempts_refused: '2',
        units_refused: '2',
      },
      {
        ...lead,
        ...minute(T0 + 60_000),
        reason: 'sold_out',
        attempts_refused: '3',
        units_refused: '4',
      },
    ]);
    const results = review.results(log.run.id);
    const unmet = (sku: string) => results.products.find((p) => p.sku === sku)?.unmet;
    expect(unmet('A')).toEqual({ attempts: 7, units: 9 });
    expect(unmet('B')).toEqual({ attempts: 0, units: 0 });
  });

  it('puts the same minutes in the JSON run log', async () => {
    const log = runWithDemand();
    const { review } = makeReview(log.db);
    const json = JSON.parse(
      readFileSync((await review.export(log.run.id, 'json')).path, 'utf8'),
    ) as {
      audience: { unmet: unknown; unmetPerMinute: unknown };
    };
    expect(json.audience.unmet).toEqual({ A: { attempts: 7, units: 9 } });
    expect(json.audience.unmetPerMinute).toEqual([
      { at: T0, sku: 'A', reason: 'sold_out', attempts: 2, units: 3 },
      { at: T0 + 60_000, sku: 'A', reason: 'flash_cap', attempts: 2, units: 2 },
      { at: T0 + 60_000, sku: 'A', reason: 'sold_out', attempts: 3, units: 4 },
    ]);
  });

  it('times a rehearsal’s minutes in show time and counts from an empty baseline', async () => {
    const log = sampleRehearsal();
    const id = log.run.id;
    log.db.prepare('INSERT INTO audience_demand_base (run_id, at) VALUES (?, ?)').run(id, T0 + 60);
    log.db
      .prepare(
        "INSERT INTO audience_demand (run_id, at, sku, reason, attempts, units) VALUES (?, ?, 'A', 'sold_out', 3, 6)",
      )
      .run(id, T0 + 1_600);
    const { review } = makeReview(log.db);
    const result = await review.export(id, 'demand');
    expect(result.fileName).toBe(`REHEARSAL - Review show - run ${id} - unmet demand.csv`);
    expect(parse(result.path).data).toEqual([
      {
        run_id: `${id}`,
        run_kind: 'rehearsal',
        show_minute: '0:00:00.000',
        show_ms: '0',
        sku: 'A',
        product_host: 'Durian',
        product_audience: 'Durian',
        reason: 'sold_out',
        attempts_refused: '3',
        units_refused: '6',
      },
    ]);
  });
});
