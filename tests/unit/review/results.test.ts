import { describe, expect, it } from 'vitest';
import { runProducts } from '../../../src/main/core/review/results';
import { RunIndexCache } from '../../../src/main/core/review/run-index';
import { runSummary } from '../../../src/main/core/review/run-list';
import { T0 } from './log-writer';
import { useReview } from './review-fixture';
import { sampleRun } from './sample-run';

const makeReview = useReview();

describe('per-product results from the run log', () => {
  it('computes every metric of each product', () => {
    const log = sampleRun();
    const { review } = makeReview(log.db);
    const results = review.results(log.run.id);
    const [a, b] = results.products;
    expect(a).toEqual({
      sku: 'A',
      name: 'Durian',
      currency: 'CNY',
      position: 0,
      openingStock: 10,
      restockedUnits: 4,
      finalStock: 3,
      unitsSold: 11,
      orders: 4,
      loggedUnits: 11,
      unitsNotInLog: 0,
      sellThrough: 11 / 14,
      revenueMinor: 500 + 1_500 + 2_400 + 500,
      revenueComplete: true,
      finalPriceMinor: 500,
      soldOutAt: T0 + 2_100,
      firstPinnedAt: T0 + 1_500,
      pinToSoldOutMs: 600,
      peakUnitsPerSecond: 6,
      peakSecondAt: T0 + 2_000,
      pinnedMs: 1_000,
      unitsWhilePinned: 9,
      unitsWhileNotPinned: 2,
      unmet: { attempts: 0, units: 0 },
    });
    expect(b).toMatchObject({
      sku: 'B',
      openingStock: 5,
      finalStock: 4,
      unitsSold: 1,
      sellThrough: 1 / 5,
      revenueMinor: 1_000,
      finalPriceMinor: 900,
      soldOutAt: null,
      firstPinnedAt: null,
      pinToSoldOutMs: null,
      peakUnitsPerSecond: 1,
      pinnedMs: 0,
      unitsWhilePinned: 0,
      unitsWhileNotPinned: 1,
    });
    expect(results.totals).toEqual({
      orders: 5,
      unitsSold: 12,
      revenue: [{ currency: 'CNY', minor: 5_900 }],
    });
    expect(results).toMatchObject({ from: T0, to: T0 + 10_000, linkDrops: 1, protocolErrors: 1 });
  });

  it('counts units a snapshot reports but the log has no orders for, and says revenue is partial', () => {
    const log = sampleRun();
    log.db
      .prepare("INSERT INTO run_log (run_id, at, kind, payload) VALUES (?, ?, 'snapshot', ?)")
      .run(
        log.run.id,
        T0 + 9_500,
        JSON.stringify({
          reason: 'snapshotRequired (too_old)',
          replacedSeq: 14,
          serverTime: T0 + 9_500,
          showId: 'show-1',
          state: 'ended',
          seq: 40,
          snapshot: {
            products: [
              {
                sku: 'A',
                name: 'Durian',
                priceMinor: 500,
                currency: 'CNY',
                stock: 0,
                sold: 14,
                flashSale: null,
              },
              {
                sku: 'B',
                name: 'Coconut',
                priceMinor: 900,
                currency: 'CNY',
                stock: 4,
                sold: 1,
                flashSale: null,
              },
            ],
            pin: { sku: null, until: null },
            viewers: 0,
          },
        }),
      );
    const { review } = makeReview(log.db);
    const a = review.results(log.run.id).products[0];
    expect(a).toMatchObject({
      unitsSold: 14,
      loggedUnits: 11,
      unitsNotInLog: 3,
      finalStock: 0,
      revenueComplete: false,
      soldOutAt: T0 + 2_100,
    });
  });

  it('names the products and counts the orders for the CSV as the results do', () => {
    const log = sampleRun();
    // An order of a product the log never uploaded (a log cut short).
    log.event(
      { type: 'order', orderId: 'z1', sku: 'Z', qty: 2, priceMinor: 700, stock: 8, sold: 2 },
      T0 + 2_500,
    );
    const { review } = makeReview(log.db);
    const results = review.results(log.run.id);
    const index = new RunIndexCache(log.db).get(log.run.id);
    if (index === undefined) throw new Error('no run');
    const { products, orders } = runProducts(log.db, runSummary(log.db, log.run.id), index);
    expect(products.map(({ sku, name, currency }) => ({ sku, name, currency }))).toEqual(
      results.products.map(({ sku, name, currency }) => ({ sku, name, currency })),
    );
    expect(products.map((p) => p.sku)).toContain('Z');
    expect(orders).toBe(results.totals.orders);
  });

  it('lists runs with their totals, renames, annotates and deletes them', () => {
    const log = sampleRun();
    const rehearsal = sampleRun({ db: log.db, kind: 'rehearsal', showId: log.run.showId });
    const { review } = makeReview(log.db);
    const runs = review.list();
    expect(runs.map((run) => [run.id, run.kind, run.rehearsal])).toEqual([
      [rehearsal.run.id, 'rehearsal', true],
      [log.run.id, 'live', false],
    ]);
    expect(runs[1]).toMatchObject({
      showName: 'Review show',
      durationMs: 10_000,
      open: false,
      orders: 5,
      unitsSold: 12,
      revenue: [{ currency: 'CNY', minor: 5_900 }],
    });
    expect(review.rename(log.run.id, 'Durian night').name).toBe('Durian night');
    expect(review.annotate(log.run.id, 'Good pace').note).toBe('Good pace');
    expect(review.delete(rehearsal.run.id)).toEqual({ deleted: rehearsal.run.id });
    expect(review.list(log.run.showId).map((run) => run.id)).toEqual([log.run.id]);
    expect(
      log.db
        .prepare('SELECT count(*) AS n FROM review_seconds WHERE run_id = ?')
        .get(rehearsal.run.id),
    ).toEqual({ n: 0 });
  });

  it('refuses to delete an open run', () => {
    const log = sampleRun();
    log.db.prepare('UPDATE runs SET ended_at = NULL WHERE id = ?').run(log.run.id);
    const { review } = makeReview(log.db);
    expect(() => review.delete(log.run.id)).toThrow(/still open/);
  });

  it('compares two runs per SKU with B minus A', () => {
    const live = sampleRun();
    const rehearsal = sampleRun({ db: live.db, kind: 'rehearsal', showId: live.run.showId });
    rehearsal.order('B', 2, T0 + 9_000);
    const { review } = makeReview(live.db);
    const comparison = review.compare(rehearsal.run.id, live.run.id);
    expect(comparison.a.rehearsal).toBe(true);
    expect(comparison.rows.map((row) => row.sku)).toEqual(['A', 'B']);
    expect(comparison.rows[1].diff).toMatchObject({ unitsSold: -2, revenueMinor: -1_800 });
    expect(comparison.rows[0].diff).toMatchObject({
      unitsSold: 0,
      soldOutAt: 0,
      pinToSoldOutMs: 0,
    });
  });
});
