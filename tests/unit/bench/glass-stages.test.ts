import { describe, expect, it } from 'vitest';
import { parseCoreStamps, stageTimes } from '../../../bench/support/glass-stages';

describe('event-to-glass stages', () => {
  it('reads the stamp lines the browser host writes', () => {
    expect(parseCoreStamps('receive 5 100\ncommit 5 102\npublish 3 104\n\nother 1 1\n')).toEqual({
      receive: [[5, 100]],
      commit: [[5, 102]],
      publish: [[3, 104]],
    });
  });

  it('gives each order the first stamp of each stage that covers it', () => {
    const orders = [
      { seq: 1, at: 1000, stock: 99 },
      { seq: 2, at: 1001, stock: 98 },
      { seq: 3, at: 1010, stock: 97 },
    ];
    const core = {
      receive: [
        [2, 1005],
        [3, 1012],
      ] as const,
      commit: [
        [2, 1006],
        [3, 1013],
      ] as const,
      publish: [
        [7, 1008],
        [8, 1020],
      ] as const,
    };
    const page = {
      // Revision 7 carries stock 98 (orders 1 and 2), revision 8 stock 97.
      arrivals: [
        [1009, 7, 98],
        [1022, 8, 97],
      ] as const,
      applied: [
        [1016, 98],
        [1030, 97],
      ] as const,
      painted: [
        [1020, 98],
        [1040, 97],
      ] as const,
    };
    expect(stageTimes(orders, core, page)).toEqual({
      'server emit to core receive': [5, 4, 2],
      'core receive to journal commit': [1, 1, 1],
      'journal commit to publish': [2, 2, 7],
      'publish to page arrival': [1, 1, 2],
      'page arrival to apply': [7, 7, 8],
      'apply to painted frame': [4, 4, 10],
    });
  });

  it('leaves an order out of the stages it has no stamps for', () => {
    const times = stageTimes(
      [{ seq: 4, at: 1000, stock: 5 }],
      { receive: [[4, 1003]], commit: [], publish: [] },
      { arrivals: [], applied: [], painted: [[1050, 5]] },
    );
    expect(times['server emit to core receive']).toEqual([3]);
    expect(times['core receive to journal commit']).toEqual([]);
    expect(times['apply to painted frame']).toEqual([]);
  });
});
