import { describe, expect, it } from 'vitest';
import {
  ScenarioCrowd,
  type ScenarioDemand,
} from '../../../src/main/core/rehearsal/crowd/scenario-crowd';
import type { MarketView } from '../../../src/main/core/rehearsal/crowd/market';
import { toSimulated } from '../../../src/main/core/rehearsal/scenario-demand';

const demand: ScenarioDemand = {
  runId: 1,
  seconds: [
    { second: 0, sku: 'A', orders: 2, units: 3 },
    { second: 0, sku: 'GONE', orders: 5, units: 5 },
    { second: 1, sku: 'B', orders: 1, units: 1 },
    { second: 3, sku: 'A', orders: 3, units: 3 },
  ],
  refused: [],
  viewers: [
    { second: 0, count: 100 },
    { second: 3, count: 250 },
  ],
  comments: [],
  otherComments: [],
  lengthMs: 4000,
};

const live: MarketView = {
  live: true,
  pinnedSku: null,
  products: [
    { sku: 'A', priceMinor: 100, stock: 10 },
    { sku: 'B', priceMinor: 100, stock: 10 },
  ],
};

describe('ScenarioCrowd', () => {
  it("replays each second's orders in the step that covers it, units split over orders", () => {
    const crowd = new ScenarioCrowd(demand);
    expect(crowd.step(0, 1000, live)).toMatchObject({
      viewers: 100,
      orders: [
        { sku: 'A', qty: 2 },
        { sku: 'A', qty: 1 },
      ],
    });
    expect(crowd.step(1000, 1000, live).orders).toEqual([{ sku: 'B', qty: 1 }]);
    expect(crowd.step(2000, 1000, live).orders).toEqual([]);
    const last = crowd.step(3000, 1000, live);
    expect(last.viewers).toBe(250);
    expect(last.orders).toHaveLength(3);
  });

  it('sends nothing for a sold-out product or while the show is not live', () => {
    const crowd = new ScenarioCrowd(demand);
    const soldOut = { ...live, products: [{ sku: 'A', priceMinor: 100, stock: 0 }] };
    expect(crowd.step(0, 1000, soldOut).orders).toEqual([]);
    expect(crowd.step(1000, 1000, { ...live, live: false }).orders).toEqual([]);
  });

  it('mixes products second by second in turn', () => {
    const crowd = new ScenarioCrowd({
      ...demand,
      seconds: [
        { second: 0, sku: 'A', orders: 2, units: 2 },
        { second: 0, sku: 'B', orders: 2, units: 2 },
      ],
    });
    expect(crowd.step(0, 1000, live).orders.map((order) => order.sku)).toEqual([
      'A',
      'B',
      'A',
      'B',
    ]);
  });
});

describe('ScenarioCrowd: the past run’s refused attempts and comments', () => {
  const comment = (text: string) => ({ viewerId: `v-${text}`, name: text, text });
  const audience: ScenarioDemand = {
    ...demand,
    refused: [
      { second: 1, sku: 'A', orders: 2, units: 3 },
      { second: 2, sku: 'GONE', orders: 1, units: 1 },
    ],
    comments: [
      { ms: 0, comment: comment('first') },
      { ms: 999, comment: comment('second') },
      { ms: 1000, comment: comment('third') },
    ],
    otherComments: [
      { second: 0, perSecond: 40 },
      { second: 60, perSecond: 5 },
    ],
  };

  it('sends the refused attempts again while the show is live, sold out or not', () => {
    const crowd = new ScenarioCrowd(audience);
    crowd.step(0, 1000, live);
    const soldOut = { ...live, products: [{ sku: 'A', priceMinor: 100, stock: 0 }] };
    expect(crowd.step(1000, 1000, soldOut).orders).toEqual([
      { sku: 'A', qty: 2 },
      { sku: 'A', qty: 1 },
    ]);
    expect(crowd.step(2000, 1000, live).orders).toEqual([]);
    const offAir = new ScenarioCrowd(audience);
    offAir.step(0, 1000, live);
    expect(offAir.step(1000, 1000, { ...live, live: false }).orders).toEqual([]);
  });

  it('hands over the kept comments in the step that covers them, with the rate of the rest', () => {
    const crowd = new ScenarioCrowd(audience);
    expect(crowd.step(0, 1000, live)).toMatchObject({
      comments: [comment('first'), comment('second')],
      commentsPerSecond: 40,
    });
    expect(crowd.step(1000, 1000, live).comments).toEqual([comment('third')]);
    expect(crowd.step(60_000, 1000, live)).toMatchObject({ comments: [], commentsPerSecond: 5 });
  });
});

describe('toSimulated', () => {
  const anchors = [
    { wallAt: 1000, simulatedMs: 0 },
    { wallAt: 2000, simulatedMs: 20_000 },
    { wallAt: 5000, simulatedMs: 20_000 },
    { wallAt: 6000, simulatedMs: 40_000 },
  ];

  it('maps wall-clock moments to show time between clock entries, through pauses', () => {
    expect(toSimulated(anchors, 500)).toBe(0);
    expect(toSimulated(anchors, 1500)).toBe(10_000);
    expect(toSimulated(anchors, 3000)).toBe(20_000);
    expect(toSimulated(anchors, 5500)).toBe(30_000);
    expect(toSimulated(anchors, 9000)).toBe(40_000);
  });
});
