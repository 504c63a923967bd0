import type {
  ExportChunk,
  ExportFormat,
  ExportProgress,
  ExportResult,
  ReplayState,
  RunComparison,
  RunAudience,
  RunResults,
  RunSummary,
  Timeline,
  TimelineMarker,
} from '../../../shared/model/review';
import { ReviewLogKind } from '../../../shared/model/review';
import { coreText } from '../../../shared/api/core-text';
import { ApiError } from '../../../shared/api/errors';
import type { Language } from '../../../shared/model/lineup';
import type { Db } from '../store/database';
import { runAudience } from './audience-review';
import { compareRuns } from './compare';
import { readExportChunk } from './export-files';
import { runExport } from './exporter';
import { stateAt } from './replay';
import { computeResults } from './results';
import { appendReviewEntry } from './review-log';
import { RunIndexCache, type RunIndex } from './run-index';
import { annotateRun, deleteRun, listRuns, renameRun, runSummary } from './run-list';
import { buildTimeline, type TimelineRange } from './timeline';

export interface ReviewServiceDeps {
  db: Db;
  dataDir: string;
  /** better-sqlite3's binding for this runtime, for the export's worker threads. */
  nativeBinding?: string;
  /**
   * The URL of the built core's module whose CSV worker the export starts (writeOrdersCsvInParts'
   * `coreModule`), for a core run from its sources: the bench runs the app's built worker.
   */
  csvCoreModule?: string;
  progress(progress: ExportProgress): void;
}

/** An export under way, which `cancelExports` can end. */
interface RunningExport {
  runId: number;
  format: ExportFormat;
  job: Promise<ExportResult>;
  cancel: AbortController;
}

/** Post-show review of runs: the run list, results, timeline, replay, compare and exports. */
export class ReviewService {
  private readonly indexes: RunIndexCache;
  private readonly exports = new Map<string, RunningExport>();

  constructor(private readonly deps: ReviewServiceDeps) {
    this.indexes = new RunIndexCache(deps.db);
  }

  list(showId?: number): RunSummary[] {
    return listRuns(this.deps.db, showId);
  }

  rename(runId: number, name: string): RunSummary {
    return renameRun(this.deps.db, runId, name);
  }

  annotate(runId: number, note: string): RunSummary {
    return annotateRun(this.deps.db, runId, note);
  }

  delete(runId: number): { deleted: number } {
    const result = deleteRun(this.deps.db, runId);
    this.indexes.forget(runId);
    return result;
  }

  /**
   * Writes an operator note into the run's log at `at` on the run's review clock (now by
   * default); the log holds it at the matching wall-clock time.
   */
  addNote(runId: number, text: string, at?: number): TimelineMarker {
    runSummary(this.deps.db, runId);
    const { time, from, to } = this.index(runId);
    const wanted = at === undefined ? Date.now() : time.toWall(at, 'last');
    const wall = Number.isFinite(wanted) ? wanted : wanted < 0 ? from : to;
    const seq = appendReviewEntry(this.deps.db, runId, ReviewLogKind.note, { text }, wall);
    return { type: 'note', at: time.fromWall(wall), seq, text };
  }

  results(runId: number): RunResults {
    const run = runSummary(this.deps.db, runId);
    return computeResults(this.deps.db, run, this.index(runId));
  }

  audience(runId: number): RunAudience {
    return runAudience(this.deps.db, runId, this.index(runId).time);
  }

  timeline(runId: number, range: TimelineRange): Timeline {
    if (range.from !== undefined && range.to !== undefined && range.to < range.from) {
      throw new ApiError('invalid_input', coreText('timeline_backwards'));
    }
    return buildTimeline(this.deps.db, this.index(runId), range);
  }

  stateAt(runId: number, at: number): ReplayState {
    return stateAt(this.deps.db, this.index(runId), at);
  }

  compare(runIdA: number, runIdB: number): RunComparison {
    return compareRuns(this.results(runIdA), this.results(runIdB));
  }

  /** Writes the export; a second request for the same file while it runs shares the first. */
  /** Writes one export; the HTML report in `language` (English unless asked). */
  export(
    runId: number,
    format: ExportFormat,
    { fileName, language = 'en' }: { fileName?: string; language?: Language } = {},
  ): Promise<ExportResult> {
    const run = runSummary(this.deps.db, runId);
    const key = `${runId}:${format}:${language}:${fileName ?? ''}`;
    const running = this.exports.get(key);
    if (running) return running.job;
    const cancel = new AbortController();
    const job = runExport({
      db: this.deps.db,
      dataDir: this.deps.dataDir,
      nativeBinding: this.deps.nativeBinding,
      csvCoreModule: this.deps.csvCoreModule,
      run,
      index: this.index(runId),
      format,
      fileName,
      language,
      progress: this.deps.progress,
      signal: cancel.signal,
    }).finally(() => this.exports.delete(key));
    this.exports.set(key, { runId, format, job, cancel });
    return job;
  }

  /**
   * Cancels the run's exports of `format` under way and resolves once each has ended (its
   * threads stopped, its partial file removed); each one's `export` fails as cancelled.
   */
  async cancelExports(runId: number, format: ExportFormat): Promise<{ cancelled: number }> {
    const cancelled = [...this.exports.values()].filter(
      (running) => running.runId === runId && running.format === format,
    );
    for (const { cancel } of cancelled) {
      cancel.abort(new ApiError('conflict', coreText('export_cancelled')));
    }
    await Promise.allSettled(cancelled.map((running) => running.job));
    return { cancelled: cancelled.length };
  }

  exportContent(fileName: string, offset: number): Promise<ExportChunk> {
    return readExportChunk(this.deps.dataDir, fileName, offset);
  }

  private index(runId: number): RunIndex {
    const index = this.indexes.get(runId);
    if (!index) throw new ApiError('not_found', coreText('run_missing', { id: runId }));
    return index;
  }
}
