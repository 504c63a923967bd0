import { describe, expect, it } from 'vitest';
import type {
  CompareRow,
  ProductResult,
  ResultDiff,
  RunComparison,
  RunSummary,
  TimelineMarker,
} from '../../../src/shared/model/review';
import {
  COMPARE_FIGURES,
  figureCells,
} from '../../../src/renderer/src/review/logic/compare-figures';
import { exactRunLabel, runNumber } from '../../../src/renderer/src/review/logic/run-label';
import { LANGUAGES, translators } from './translators';
import {
  evenTimes,
  linkOutages,
  salesRows,
  seriesKey,
  stockRows,
} from '../../../src/renderer/src/review/logic/timeline-data';

describe('the timeline chart data', () => {
  it('spreads count + 1 whole-millisecond moments over a window', () => {
    expect(evenTimes(0, 1_000, 4)).toEqual([0, 250, 500, 750, 1_000]);
    expect(evenTimes(0, 10, 3)).toEqual([0, 3, 7, 10]);
    expect(evenTimes(500, 500, 4)).toEqual([500]);
  });

  it('steps each product’s stock to every moment, null before its first point', () => {
    const rows = stockRows(
      [
        {
          sku: 'A',
          name: 'A',
          exact: true,
          points: [
            { at: 0, stock: 10 },
            { at: 20, stock: 4 },
          ],
        },
        { sku: 'B/x', name: 'B', exact: false, points: [{ at: 10, stock: 7 }] },
      ],
      [5, 20, 30],
    );
    expect(rows).toEqual([
      { at: 0, s0: 10, s1: null },
      { at: 5, s0: 10, s1: null },
      { at: 10, s0: 10, s1: 7 },
      { at: 20, s0: 4, s1: 7 },
      { at: 30, s0: 4, s1: 7 },
    ]);
    expect(seriesKey(1)).toBe('s1');
  });

  it('gives units per bucket in lineup order, zero for a product without sales', () => {
    expect(
      salesRows(
        [
          { at: 0, units: 5, bySku: { A: 5 } },
          { at: 1_000, units: 3, bySku: { A: 1, B: 2 } },
        ],
        ['A', 'B'],
      ),
    ).toEqual([
      { at: 0, s0: 5, s1: 0 },
      { at: 1_000, s0: 1, s1: 2 },
    ]);
  });

  it('finds the link outages, one still open reaching the end', () => {
    const markers: TimelineMarker[] = [
      { type: 'linkDown', at: 100, seq: 1, state: 'reconnecting', reason: 'timeout' },
      { type: 'linkDown', at: 150, seq: 2, state: 'reconnecting', reason: 'timeout' },
      { type: 'linkUp', at: 200, seq: 3, reason: 'reconnected' },
      { type: 'linkUp', at: 250, seq: 4, reason: 'reconnected' },
      { type: 'note', at: 260, seq: 5, text: 'hello' },
      { type: 'linkDown', at: 300, seq: 6, state: 'reconnecting', reason: 'closed' },
    ];
    expect(linkOutages(markers, 1_000)).toEqual([
      { from: 100, to: 200 },
      { from: 300, to: 1_000 },
    ]);
    expect(linkOutages([], 1_000)).toEqual([]);
  });
});

function run(id: number, startedAt: number): RunSummary {
  return {
    id,
    showId: 1,
    showName: 'Fruit night',
    kind: 'live',
    rehearsal: false,
    name: `Run ${id}`,
    note: '',
    startedAt,
    endedAt: startedAt + 3_600_000,
    durationMs: 3_600_000,
    durationClock: 'wall',
    open: false,
    orders: 0,
    unitsSold: 0,
    revenue: [],
  };
}

function result(figures: Partial<ProductResult>): ProductResult {
  return {
    sku: 'DUR',
    name: 'Durian',
    currency: 'CNY',
    position: 0,
    openingStock: 100,
    restockedUnits: 0,
    finalStock: 0,
    unitsSold: 100,
    orders: 50,
    loggedUnits: 100,
    unitsNotInLog: 0,
    sellThrough: 1,
    revenueMinor: 2_390_000,
    revenueComplete: true,
    finalPriceMinor: 23_900,
    soldOutAt: null,
    firstPinnedAt: null,
    pinToSoldOutMs: null,
    peakUnitsPerSecond: 12,
    peakSecondAt: null,
    pinnedMs: 60_000,
    unitsWhilePinned: 90,
    unitsWhileNotPinned: 10,
    unmet: { attempts: 0, units: 0 },
    ...figures,
  };
}

const noDiff: ResultDiff = {
  unitsSold: null,
  revenueMinor: null,
  sellThrough: null,
  soldOutAt: null,
  pinToSoldOutMs: null,
  peakUnitsPerSecond: null,
  pinnedMs: null,
  unitsWhilePinned: null,
};

describe('the run comparison figures', () => {
  // B is a rehearsal: its clock (show time) starts 400 ms after the run was created.
  const comparison: RunComparison = {
    a: run(1, 1_000_000),
    b: run(2, 5_000_000),
    from: { a: 1_000_000, b: 5_000_400 },
    rows: [],
  };
  const row: CompareRow = {
    sku: 'DUR',
    name: 'Durian',
    a: result({ unitsSold: 1_200, soldOutAt: 1_042_000, sellThrough: 0.5 }),
    b: result({ unitsSold: 1_500, soldOutAt: 5_030_400, sellThrough: 0.5004 }),
    diff: {
      ...noDiff,
      unitsSold: 300,
      soldOutAt: -12_000,
      sellThrough: 0.0004,
      revenueMinor: -150_000,
    },
  };

  it('lists every figure once', () => {
    expect(new Set(COMPARE_FIGURES).size).toBe(Object.keys(noDiff).length);
  });

  it('writes both sides and the signed difference in the UI language', () => {
    expect(figureCells(comparison, row, 'unitsSold', 'en')).toEqual({
      a: '1,200',
      b: '1,500',
      diff: '+300',
      sign: 1,
    });
    expect(figureCells(comparison, row, 'revenueMinor', 'en')).toEqual({
      a: '23,900.00\u00a0CNY',
      b: '23,900.00\u00a0CNY',
      diff: '−1,500.00\u00a0CNY',
      sign: -1,
    });
  });

  it('takes each sell-out since its own run’s start on its clock, the difference as a clock', () => {
    expect(figureCells(comparison, row, 'soldOutAt', 'en')).toEqual({
      a: '+0:42.0',
      b: '+0:30.0',
      diff: '−0:12.0',
      sign: -1,
    });
  });

  it('writes a difference of durations as a clock, as its cells ("+38 s" beside "4:39" and "5:18")', () => {
    const pinned: CompareRow = {
      ...row,
      a: result({ pinnedMs: 279_400 }),
      b: result({ pinnedMs: 318_000 }),
      diff: { ...noDiff, pinnedMs: 38_600 },
    };
    for (const language of ['en', 'zh-CN']) {
      expect(figureCells(comparison, pinned, 'pinnedMs', language)).toEqual({
        a: '4:39',
        b: '5:18',
        diff: '+0:38',
        sign: 1,
      });
    }
    const same = { ...pinned, diff: { ...noDiff, pinnedMs: 400 } };
    expect(figureCells(comparison, same, 'pinnedMs', 'en')).toMatchObject({
      diff: '0:00',
      sign: 0,
    });
  });

  it('keeps a difference of sell-through under 0.1% non-zero ("0%" beside 50% and 50.04%)', () => {
    expect(figureCells(comparison, row, 'sellThrough', 'en')).toEqual({
      a: '50%',
      b: '50%',
      diff: '+0.04%',
      sign: 1,
    });
    const noise = { ...row, diff: { ...row.diff, sellThrough: -1e-12 } };
    expect(figureCells(comparison, noise, 'sellThrough', 'en')).toMatchObject({
      diff: '0%',
      sign: 0,
    });
  });

  it('shows a tiny sell-through as "<0.1%", not "0%" (3 of 20,000 sold read as none)', () => {
    const tiny = {
      ...row,
      a: { ...row.a, sellThrough: 3 / 20_000 },
      b: { ...row.b, sellThrough: 0 },
    } as CompareRow;
    expect(figureCells(comparison, tiny, 'sellThrough', 'en')).toMatchObject({
      a: '<0.1%',
      b: '0%',
    });
    expect(figureCells(comparison, tiny, 'sellThrough', 'zh-CN')).toMatchObject({ a: '<0.1%' });
  });

  it('names two runs started in the same minute apart, by their seconds and numbers', async () => {
    const say = await translators();
    const first = {
      id: 7,
      name: 'Durian night',
      startedAt: new Date(2026, 11, 5, 21, 41, 5).getTime(),
    };
    // 30 s later, and in the same second (two rehearsals started at once): each reads apart.
    for (const second of [
      { ...first, id: 8, startedAt: first.startedAt + 30_000 },
      { ...first, id: 8, startedAt: first.startedAt + 400 },
    ]) {
      for (const language of LANGUAGES) {
        expect(exactRunLabel(say[language], first, language)).not.toBe(
          exactRunLabel(say[language], second, language),
        );
        expect(exactRunLabel(say[language], second, language)).toMatch(/^#8 · Durian night · /u);
        expect(runNumber(say[language], second)).toBe('#8');
      }
    }
    expect(
      exactRunLabel(say.en, { ...first, id: 8, startedAt: first.startedAt + 30_000 }, 'en'),
    ).toMatch(/^#8 · Durian night · Dec 5, 2026, 9:41:35\sPM$/u);
  });

  it('calls an unknown difference a dash', () => {
    expect(figureCells(comparison, { ...row, b: null }, 'pinToSoldOutMs', 'en')).toEqual({
      a: '–',
      b: '–',
      diff: '–',
      sign: 0,
    });
  });

  it('shows no difference for a product pinned in neither run (it read "0.0 s" between two dashes)', () => {
    const never: CompareRow = {
      ...row,
      a: result({ pinnedMs: 0 }),
      b: result({ pinnedMs: 0 }),
      diff: { ...noDiff, pinnedMs: 0 },
    };
    expect(figureCells(comparison, never, 'pinnedMs', 'en')).toEqual({
      a: '–',
      b: '–',
      diff: '–',
      sign: 0,
    });
  });
});
