/**
 * The benchmark table: one row per figure a scenario measured, with the limit measured in the
 * same run where there is one (the ratio is figure / limit), the target and whether it was met.
 * Pure functions, so that the table and the ratios are unit-tested.
 */

export type Comparison = '<' | '<=' | '>=' | '>';

/** A target on the figure itself or on its ratio to the limit. */
export interface Target {
  on: 'figure' | 'ratio';
  op: Comparison;
  value: number;
}

/** One measured figure, as a scenario reports it. */
export interface BenchFigure {
  figure: string;
  value: number;
  unit: string;
  /** The same machine's limit for this figure, measured in the same run. */
  limit?: { value: number; label: string };
  targets?: Target[];
}

/** A figure of one scenario with its ratio and verdict. */
export interface BenchRow extends BenchFigure {
  scenario: string;
  ratio: number | null;
  /** null when the figure has no target (it is reported for context). */
  met: boolean | null;
}

export function compare(value: number, op: Comparison, bound: number): boolean {
  switch (op) {
    case '<':
      return value < bound;
    case '<=':
      return value <= bound;
    case '>=':
      return value >= bound;
    case '>':
      return value > bound;
  }
}

export function ratioOf(figure: BenchFigure): number | null {
  if (figure.limit === undefined || figure.limit.value === 0) return null;
  return figure.value / figure.limit.value;
}

export function toRow(scenario: string, figure: BenchFigure): BenchRow {
  const ratio = ratioOf(figure);
  const targets = figure.targets ?? [];
  const met =
    targets.length === 0
      ? null
      : targets.every((target) => {
          const subject = target.on === 'figure' ? figure.value : ratio;
          return (
            subject !== null &&
            Number.isFinite(subject) &&
            compare(subject, target.op, target.value)
          );
        });
  return { scenario, ...figure, ratio, met };
}

/** A row saying that a scenario failed before it reported (always a missed target). */
export function failureRow(scenario: string, reason: string): BenchRow {
  return { scenario, figure: `failed: ${reason}`, value: 0, unit: '', ratio: null, met: false };
}

/** A figure with at most three significant decimals, thousands grouped. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3;
  return value.toLocaleString('en-US', { maximumFractionDigits: digits });
}

export function formatTarget(targets: readonly Target[], unit: string): string {
  return targets
    .map((target) =>
      target.on === 'figure'
        ? `${target.op} ${formatNumber(target.value)}${unit === '' ? '' : ` ${unit}`}`
        : `ratio ${target.op} ${formatNumber(target.value)}`,
    )
    .join(', ');
}

const HEADER = ['scenario', 'figure', 'value', 'limit (same run)', 'ratio', 'target', 'met'];

function cells(row: BenchRow): string[] {
  const withUnit = (value: number) =>
    `${formatNumber(value)}${row.unit === '' ? '' : ` ${row.unit}`}`;
  return [
    row.scenario,
    row.figure,
    withUnit(row.value),
    row.limit === undefined ? '' : `${withUnit(row.limit.value)} (${row.limit.label})`,
    row.ratio === null ? '' : formatNumber(row.ratio),
    formatTarget(row.targets ?? [], row.unit),
    row.met === null ? '' : row.met ? 'yes' : 'NO',
  ];
}

/** The rows as a Markdown table (readable in a terminal and pasted as is into the docs). */
export function formatTable(rows: readonly BenchRow[]): string {
  const body = rows.map(cells);
  const widths = HEADER.map((title, column) =>
    Math.max(title.length, ...body.map((line) => line[column].length)),
  );
  const line = (values: readonly string[]) =>
    `| ${values.map((value, column) => value.padEnd(widths[column])).join(' | ')} |`;
  return [line(HEADER), line(widths.map((width) => '-'.repeat(width))), ...body.map(line)].join(
    '\n',
  );
}

/** How many targets were met and missed. */
export function tally(rows: readonly BenchRow[]): { met: number; missed: number } {
  return {
    met: rows.filter((row) => row.met === true).length,
    missed: rows.filter((row) => row.met === false).length,
  };
}
