/**
 * What an export's progress reports say while it streams: each report's time since the export
 * started and how far it had come, summed up as the figures the review bench prints.
 */
import type { ExportProgress } from '../../src/shared/model/review';

export interface ProgressReport {
  /** Milliseconds since the export started. */
  ms: number;
  done: number;
  total: number;
}

export interface ProgressSummary {
  /** Reports of part of the export, neither its start (0 done) nor its end (all done). */
  during: number;
  /** When the first report with something done came (null: none came). */
  firstMs: number | null;
  /**
   * The longest time without a report with something more done: from the start to the first, between
   * two, from the last to the export's end.
   */
  longestGapMs: number;
}

/** Sums up the reports of an export that took `endMs`. */
export function summarizeProgress(
  reports: readonly ProgressReport[],
  endMs: number,
): ProgressSummary {
  const moving = reports.filter((report) => report.done > 0);
  const times = [0, ...moving.map((report) => report.ms), endMs];
  let longestGapMs = 0;
  for (let i = 1; i < times.length; i++) {
    longestGapMs = Math.max(longestGapMs, times[i] - times[i - 1]);
  }
  return {
    during: moving.filter((report) => report.done < report.total).length,
    firstMs: moving[0]?.ms ?? null,
    longestGapMs,
  };
}

/** Collects the reports of one export at a time: `start()` before it, `reports` after it. */
export class ProgressRecorder {
  private startedAt = 0;
  reports: ProgressReport[] = [];

  start(): void {
    this.startedAt = performance.now();
    this.reports = [];
  }

  readonly record = (progress: ExportProgress): void => {
    this.reports.push({
      ms: performance.now() - this.startedAt,
      done: progress.done,
      total: progress.total,
    });
  };
}
