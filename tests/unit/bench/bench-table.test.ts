import { describe, expect, it, vi } from 'vitest';
import {
  failureRow,
  formatNumber,
  formatTable,
  ratioOf,
  tally,
  toRow,
} from '../../../bench/support/bench-table';
import { parseResults, reportFigures, RESULT_MARK } from '../../../bench/support/report';
import { percentile } from '../../../bench/support/stats';

describe('bench table', () => {
  it('divides the figure by the limit measured in the same run', () => {
    expect(
      ratioOf({ figure: 'f', value: 50, unit: '/s', limit: { value: 200, label: 'raw' } }),
    ).toBe(0.25);
    expect(ratioOf({ figure: 'f', value: 50, unit: '/s' })).toBeNull();
    expect(
      ratioOf({ figure: 'f', value: 50, unit: '/s', limit: { value: 0, label: 'raw' } }),
    ).toBeNull();
  });

  it('meets a row only when every target on the figure and on the ratio holds', () => {
    const ingest = {
      figure: 'ingest',
      value: 120_000,
      unit: '/s',
      limit: { value: 400_000, label: 'raw' },
      targets: [
        { on: 'figure' as const, op: '>=' as const, value: 100_000 },
        { on: 'ratio' as const, op: '>=' as const, value: 0.25 },
      ],
    };
    expect(toRow('ingest', ingest)).toMatchObject({ ratio: 0.3, met: true });
    expect(toRow('ingest', { ...ingest, limit: { value: 500_000, label: 'raw' } }).met).toBe(false);
    expect(toRow('ingest', { ...ingest, value: 99_999 }).met).toBe(false);
  });

  it('counts a ratio target without a limit as missed, and a row without targets as neither', () => {
    const row = toRow('s', {
      figure: 'f',
      value: 1,
      unit: '',
      targets: [{ on: 'ratio', op: '<', value: 1 }],
    });
    expect(row.met).toBe(false);
    expect(toRow('s', { figure: 'f', value: 1, unit: 'ms' }).met).toBeNull();
  });

  it('compares at the bound as the operator says', () => {
    const at = (op: '<' | '<=' | '>=' | '>') =>
      toRow('s', { figure: 'f', value: 33, unit: 'ms', targets: [{ on: 'figure', op, value: 33 }] })
        .met;
    expect([at('<'), at('<='), at('>='), at('>')]).toEqual([false, true, true, false]);
  });

  it('prints one Markdown table with the limit, ratio, target and verdict', () => {
    const rows = [
      toRow('ingest', {
        figure: 'events applied',
        value: 123_456.7,
        unit: '/s',
        limit: { value: 400_000, label: 'raw socket.io' },
        targets: [{ on: 'ratio', op: '>=', value: 0.25 }],
      }),
      toRow('review', { figure: 'open', value: 812.34, unit: 'ms' }),
      failureRow('frames', 'exit 1'),
    ];
    const lines = formatTable(rows).split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(
      /^\| scenario +\| figure +\| value +\| limit \(same run\) +\| ratio +\| target +\| met \|$/,
    );
    expect(lines[2]).toMatch(/\| 123,457 \/s +\|/);
    expect(lines[2]).toContain('400,000 /s (raw socket.io)');
    expect(lines[2]).toContain('| 0.309 |');
    expect(lines[2]).toContain('ratio >= 0.25');
    expect(lines[2]).toContain('| yes');
    expect(lines[3]).toMatch(/\| 812 ms +\|/);
    expect(lines[4]).toContain('failed: exit 1');
    expect(lines[4]).toContain('| NO ');
    expect(new Set(lines.map((line) => line.length)).size).toBe(1);
    expect(tally(rows)).toEqual({ met: 1, missed: 1 });
  });

  it('shows small figures with more decimals than large ones', () => {
    expect([
      formatNumber(1234.5),
      formatNumber(12.345),
      formatNumber(1.2345),
      formatNumber(0.12345),
    ]).toEqual(['1,235', '12.3', '1.23', '0.123']);
  });
});

describe('bench results', () => {
  it('reads back what a scenario reported among its other output', () => {
    const written: string[] = [];
    const write = vi
      .spyOn(process.stdout, 'write')
      .mockImplementation((chunk: string | Uint8Array) => written.push(String(chunk)) > 0);
    try {
      reportFigures('catch-up', [{ figure: 'until equal', value: 900, unit: 'ms' }]);
    } finally {
      write.mockRestore();
    }
    const output = `progress 1\n${written.join('')}{"other":"json"}\n`;
    expect(written[0].startsWith(RESULT_MARK)).toBe(true);
    expect(parseResults(output)).toEqual([
      { scenario: 'catch-up', figures: [{ figure: 'until equal', value: 900, unit: 'ms' }] },
    ]);
  });

  it('refuses a result line that is not a result', () => {
    expect(() => parseResults(`${RESULT_MARK}{"scenario":1}`)).toThrow();
  });
});

describe('percentile', () => {
  it('takes the nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, index) => index + 1);
    expect([percentile(values, 50), percentile(values, 99), percentile(values, 100)]).toEqual([
      50, 99, 100,
    ]);
    expect(percentile([], 99)).toBe(0);
  });
});
