import { z } from 'zod';
import type { BenchFigure } from './bench-table';

/** The line prefix a scenario's result is printed with, for the runner to find it. */
export const RESULT_MARK = 'BENCH_RESULT ';

const Target = z.object({
  on: z.enum(['figure', 'ratio']),
  op: z.enum(['<', '<=', '>=', '>']),
  value: z.number(),
});

const Figure = z.object({
  figure: z.string(),
  value: z.number(),
  unit: z.string(),
  limit: z.object({ value: z.number(), label: z.string() }).optional(),
  targets: z.array(Target).optional(),
});

export const ScenarioResult = z.object({
  scenario: z.string(),
  figures: z.array(Figure),
});
export type ScenarioResult = z.infer<typeof ScenarioResult>;

/** Prints a scenario's figures as the line the runner reads. */
export function reportFigures(scenario: string, figures: readonly BenchFigure[]): void {
  process.stdout.write(`${RESULT_MARK}${JSON.stringify({ scenario, figures })}\n`);
}

/** The results among a scenario's output lines; lines that are not results are skipped. */
export function parseResults(output: string): ScenarioResult[] {
  return output
    .split('\n')
    .filter((line) => line.startsWith(RESULT_MARK))
    .map((line) => ScenarioResult.parse(JSON.parse(line.slice(RESULT_MARK.length))));
}
