import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { T0 } from './log-writer';
import { useReview } from './review-fixture';
import { sampleRehearsal } from './sample-rehearsal';
import { sampleRun } from './sample-run';
import { listRuns } from '../../../src/main/core/review/run-list';

const makeReview = useReview();

describe('the review of a rehearsal, in show time', () => {
  it('gives every result in show time: sold out, first pin to sold out, pinned, peak', () => {
    const log = sampleRehearsal();
    const { review } = makeReview(log.db);
    const results = review.results(log.run.id);
    expect(results).toMatchObject({
      clock: { base: 'show', zeroAt: T0 },
      from: T0,
      to: T0 + 75_000,
    });
    const [a, b] = results.products;
    expect(a).toMatchObject({
      sku: 'A',
      openingStock: 20,
      restockedUnits: 10,
      unitsSold: 21,
      finalStock: 9,
      firstPinnedAt: T0,
      soldOutAt: T0 + 10_000,
      pinToSoldOutMs: 10_000,
      // 2.1 s and 2.5 s of show time; the wall-clock second T0 holds 14 units.
      peakUnitsPerSecond: 8,
      peakSecondAt: T0 + 2_000,
      pinnedMs: 75_000,
      unitsWhilePinned: 21,
    });
    expect(b).toMatchObject({ peakUnitsPerSecond: 3, peakSecondAt: T0 + 70_000, pinnedMs: 0 });
  });

  it('draws the timeline in show time: stock steps, sales per show minute, pins and markers', () => {
    const log = sampleRehearsal();
    const { review } = makeReview(log.db);
    const timeline = review.timeline(log.run.id, {});
    expect(timeline).toMatchObject({ clock: { base: 'show', zeroAt: T0 }, from: T0 });
    expect(timeline.to).toBe(T0 + 75_000);
    expect(timeline.series[0].points).toEqual([
      { at: T0, stock: 20 },
      { at: T0 + 1_000, stock: 18 },
      { at: T0 + 2_100, stock: 13 },
      { at: T0 + 2_500, stock: 10 },
      { at: T0 + 4_000, stock: 6 },
      { at: T0 + 10_000, stock: 0 },
      { at: T0 + 15_000, stock: 10 },
      { at: T0 + 55_000, stock: 9 },
      { at: T0 + 75_000, stock: 9 },
    ]);
    expect(timeline.sales).toEqual({
      bucketMs: 60_000,
      buckets: [
        { at: T0, units: 24, bySku: { A: 21, B: 3 } },
        { at: T0 + 60_000, units: 3, bySku: { B: 3 } },
      ],
    });
    expect(timeline.pins).toEqual([{ sku: 'A', from: T0, to: T0 + 75_000 }]);
    expect(timeline.markers.map((m) => [m.type, m.at - T0])).toEqual([
      ['linkUp', 0],
      ['showState', 0],
      ['pin', 0],
      ['restock', 15_000],
      ['unpin', 75_000],
      ['showState', 75_000],
    ]);
  });

  it('zooms into a range of show time, with the sales of that range', () => {
    const log = sampleRehearsal();
    const { review } = makeReview(log.db);
    const timeline = review.timeline(log.run.id, { from: T0 + 2_000, to: T0 + 12_000 });
    expect(timeline.series[0].points).toEqual([
      { at: T0 + 2_000, stock: 18 },
      { at: T0 + 2_100, stock: 13 },
      { at: T0 + 2_500, stock: 10 },
      { at: T0 + 4_000, stock: 6 },
      { at: T0 + 10_000, stock: 0 },
      { at: T0 + 12_000, stock: 0 },
    ]);
    expect(timeline.sales.buckets).toEqual([{ at: T0, units: 19, bySku: { A: 18, B: 1 } }]);
  });

  it('counts sales per show minute from per-second figures for a long rehearsal', () => {
    const log = sampleRehearsal();
    log.rehearsal({ type: 'resumed', simulatedMs: 75_000 }, T0 + 9_000);
    log.restock('B', 30_000, T0 + 9_000);
    // 25,000 orders over 2.5 s of wall time at 20x: 50 s of show time, 500 a show second.
    for (let i = 0; i < 25_000; i++) log.order('B', 1, T0 + 9_000 + Math.floor(i / 10));
    log.rehearsal({ type: 'clock', simulatedMs: 125_000, speed: 20 }, T0 + 11_500);
    const { review } = makeReview(log.db);
    const timeline = review.timeline(log.run.id, { maxPoints: 200 });
    expect(timeline.series[1].exact).toBe(false);
    expect(timeline.sales.buckets.map((bucket) => [bucket.at - T0, bucket.bySku.B ?? 0])).toEqual([
      [0, 3],
      [60_000, 3 + 22_500],
      [120_000, 2_500],
    ]);
    const b = review.results(log.run.id).products[1];
    expect(b).toMatchObject({ peakUnitsPerSecond: 500 });
  });

  it('replays the console at a moment of show time; a paused moment counts the pause', () => {
    const log = sampleRehearsal();
    const { review } = makeReview(log.db);
    const stockAt = (showMs: number) =>
      review.stateAt(log.run.id, T0 + showMs).products.map((p) => p.stock);
    expect(stockAt(9_999)).toEqual([6, 99]);
    expect(stockAt(10_000)).toEqual([0, 99]);
    expect(stockAt(14_999)).toEqual([0, 99]);
    expect(stockAt(15_000)).toEqual([10, 99]);
    expect(review.stateAt(log.run.id, T0 + 20_000)).toMatchObject({
      clock: { base: 'show', zeroAt: T0 },
      at: T0 + 20_000,
      pin: { sku: 'A' },
      products: [{ stock: 10 }, { stock: 97 }],
    });
  });

  it('writes a note at a moment of show time, where the timeline shows it', () => {
    const log = sampleRehearsal();
    const { review } = makeReview(log.db);
    const note = review.addNote(log.run.id, 'Restock landed', T0 + 15_000);
    expect(note).toMatchObject({ type: 'note', at: T0 + 15_000 });
    const stored = log.db
      .prepare("SELECT at FROM run_log WHERE run_id = ? AND kind = 'note'")
      .pluck()
      .get(log.run.id);
    expect(stored).toBe(T0 + 5_000);
    const markers = review.timeline(log.run.id, { from: T0 + 15_000, to: T0 + 15_000 }).markers;
    expect(markers.map((m) => m.type)).toEqual(['restock', 'note']);
  });

  it('times the exports in show time, with columns and fields that say so', async () => {
    const log = sampleRehearsal();
    const { review } = makeReview(log.db);
    const csv = await review.export(log.run.id, 'csv');
    const parsed = Papa.parse<Record<string, string>>(readFileSync(csv.path, 'utf8'), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.meta.fields).toContain('show_time');
    expect(parsed.meta.fields).not.toContain('time_utc');
    expect(parsed.data[5]).toMatchObject({
      run_kind: 'rehearsal',
      sku: 'A',
      show_time: '0:00:10.000',
      show_ms: '10000',
      wall_time_utc: new Date(T0 + 1_500).toISOString(),
      wall_at_ms: String(T0 + 1_500),
    });
    const json = JSON.parse(readFileSync((await review.export(log.run.id, 'json')).path, 'utf8'));
    expect(json.clock).toEqual({ base: 'show', zeroAt: T0 });
    const restock = (json.entries as { at: number; showMs: number; payload: { type?: string } }[])
      .filter((entry) => entry.payload.type === 'stock')
      .map((entry) => [entry.at, entry.showMs]);
    expect(restock).toEqual([[T0 + 3_000, 15_000]]);
  });

  it('writes the report in show time: sold-out time, event times, chart axis', async () => {
    const log = sampleRehearsal();
    const { review } = makeReview(log.db);
    const page = readFileSync((await review.export(log.run.id, 'html')).path, 'utf8');
    expect(page).toContain('times in show time');
    expect(page).toContain('Show time 1&#58;15');
    expect(page).toContain('<td>0&#58;00&#58;10</td>');
    expect(page).toContain('<td class="l">0&#58;00&#58;15</td>');
    expect(page).toContain('text-anchor="end">0&#58;01&#58;15</text>');
  });

  it('compares a rehearsal with a live run by time since each start', () => {
    const live = sampleRun();
    const rehearsal = sampleRehearsal({ db: live.db, showId: live.run.showId });
    const { review } = makeReview(live.db);
    const [a] = review.compare(live.run.id, rehearsal.run.id).rows;
    expect(a.diff).toMatchObject({ soldOutAt: 10_000 - 2_100, pinToSoldOutMs: 10_000 - 600 });
  });

  it('reviews a live run, and a rehearsal without clock entries, on the wall clock', () => {
    const live = sampleRun();
    const rehearsal = sampleRun({ db: live.db, kind: 'rehearsal', showId: live.run.showId });
    const { review } = makeReview(live.db);
    for (const run of [live.run, rehearsal.run]) {
      expect(review.results(run.id)).toMatchObject({ clock: { base: 'wall' }, from: T0 });
      expect(review.stateAt(run.id, T0).clock).toEqual({ base: 'wall' });
    }
  });
});

describe('the run list, one clock per run', () => {
  it('gives a rehearsal its length in show time and a live run its length in wall time', () => {
    const rehearsal = sampleRehearsal();
    const live = sampleRun({ db: rehearsal.db });
    const runs = listRuns(rehearsal.db);
    // The rehearsal ran 8.5 s of wall time for 75 s of show time.
    expect(runs.find((run) => run.id === rehearsal.run.id)).toMatchObject({
      durationMs: 75_000,
      durationClock: 'show',
    });
    const wall = runs.find((run) => run.id === live.run.id);
    expect(wall?.durationClock).toBe('wall');
    expect(wall?.durationMs).toBe((wall?.endedAt ?? 0) - (wall?.startedAt ?? 0));
  });

  it('gives each run the length its review header gives (the same figure on the two screens)', () => {
    const rehearsal = sampleRehearsal();
    const live = sampleRun({ db: rehearsal.db, showId: rehearsal.run.showId });
    const { review } = makeReview(rehearsal.db);
    const runs = listRuns(rehearsal.db);
    for (const run of [rehearsal.run, live.run]) {
      const { from, to } = review.results(run.id);
      expect(runs.find((listed) => listed.id === run.id)?.durationMs).toBe(to - from);
    }
  });
});
