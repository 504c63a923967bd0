import type {
  ExportFormat,
  ExportProgress,
  ExportResult,
  RunSummary,
} from '../../../shared/model/review';
import type { Language } from '../../../shared/model/lineup';
import { productNamer } from '../../../shared/model/product-names';
import type { Db } from '../store/database';
import { commentMinutes, runAudience, unmetBySku, unmetMinutes } from './audience-review';
import { writeUnmetDemandCsv } from './export-demand-csv';
import { writeOrdersCsv, type ProductLabel } from './export-csv';
import { csvPartsFor, writeOrdersCsvInParts } from './export-csv-parts';
import { ExportWriter, exportFileName, exportPath } from './export-files';
import { renderReport } from './export-html';
import { reportFormat } from './html-format';
import { namingLineup } from './lineup-names';
import { writeRunLogJson } from './export-json';
import { countLogEntries } from './log-chunks';
import { logCoverage } from '../sync/history-store';
import { computeResults, runProducts } from './results';
import type { RunIndex } from './run-index';
import { buildTimeline } from './timeline';

/** Points per series in the report's chart. */
const REPORT_POINTS = 800;

export interface ExportJob {
  db: Db;
  dataDir: string;
  nativeBinding?: string;
  /** ReviewServiceDeps.csvCoreModule. */
  csvCoreModule?: string;
  run: RunSummary;
  index: RunIndex;
  format: ExportFormat;
  fileName?: string;
  /** The HTML report's language (the CSV names products in both of the show's languages). */
  language: Language;
  progress(progress: ExportProgress): void;
  /** Cancels the export: its threads end and its partial file is removed. */
  signal?: AbortSignal;
}

/** Each product's names as the show's lineup has them (the server's name where it lacks one). */
function productLabels(
  db: Db,
  run: RunSummary,
  products: readonly { sku: string; name: string; currency: string }[],
): Map<string, ProductLabel> {
  const lineup = namingLineup(db, run.showId);
  const names = new Map(lineup?.products.map((p) => [p.sku, p]));
  return new Map(
    products.map((p) => [
      p.sku,
      {
        nameHost: names.get(p.sku)?.nameHost ?? p.name,
        nameAudience: names.get(p.sku)?.nameAudience ?? p.name,
        currency: p.currency,
      },
    ]),
  );
}

async function writeContent(job: ExportJob, writer: ExportWriter): Promise<number> {
  const { db, run, index, format } = job;
  const report = (done: number, total: number) =>
    job.progress({ runId: run.id, format, done, total });
  switch (format) {
    case 'csv': {
      const { products, orders: total } = runProducts(db, run, index);
      const labels = productLabels(db, run, products);
      report(0, total);
      const progress = (done: number) => report(done, total);
      const parts = csvPartsFor(db, run.id);
      return parts > 1
        ? writeOrdersCsvInParts(db, run, index.time, labels, writer, progress, {
            parts,
            nativeBinding: job.nativeBinding,
            signal: job.signal,
            coreModule: job.csvCoreModule,
          })
        : writeOrdersCsv(db, run, index.time, labels, writer, progress);
    }
    case 'json': {
      const total = countLogEntries(db, run.id);
      report(0, total);
      const missing = logCoverage(db, run.id).missing;
      const span = { from: index.clockFrom, to: index.clockTo };
      const audience = {
        unmet: Object.fromEntries(unmetBySku(db, run.id)),
        unmetPerMinute: unmetMinutes(db, run.id, index.time, span),
        commentsPerMinute: commentMinutes(db, run.id, index.time, span),
        ...runAudience(db, run.id, index.time),
      };
      return writeRunLogJson(db, run, index.time, { missing, audience }, writer, (done) =>
        report(done, total),
      );
    }
    case 'html': {
      report(0, 1);
      const results = computeResults(db, run, index);
      const timeline = buildTimeline(db, index, { maxPoints: REPORT_POINTS });
      const audience = runAudience(db, run.id, index.time);
      const nameOf = productNamer(namingLineup(db, run.showId), job.language);
      const format = reportFormat(job.language);
      await writer.write(
        renderReport({ results, timeline, audience, nameOf, format, generatedAt: Date.now() }),
      );
      report(1, 1);
      return results.products.length;
    }
    case 'demand': {
      report(0, 1);
      const results = computeResults(db, run, index);
      const span = { from: index.clockFrom, to: index.clockTo };
      const rows = await writeUnmetDemandCsv(
        run,
        index.time,
        unmetMinutes(db, run.id, index.time, span),
        productLabels(db, run, results.products),
        writer,
      );
      report(1, 1);
      return rows;
    }
    default: {
      const unreachable: never = format;
      throw new Error(`unknown export format ${String(unreachable)}`);
    }
  }
}

/** Writes one export into the exports folder, reporting progress as it goes. */
export async function runExport(job: ExportJob): Promise<ExportResult> {
  const fileName = job.fileName ?? exportFileName(job.run, job.format, job.language);
  const path = exportPath(job.dataDir, fileName);
  const writer = await ExportWriter.create(path, job.signal);
  try {
    const complete = logCoverage(job.db, job.run.id).missing === 0;
    const rows = await writeContent(job, writer);
    const bytes = await writer.finish();
    return {
      runId: job.run.id,
      format: job.format,
      fileName,
      path,
      bytes,
      rows,
      rehearsal: job.run.rehearsal,
      complete,
    };
  } catch (error) {
    await writer.abandon();
    // Cancelled: its reason, whatever the cancel made fail first (a thread ended, a write).
    throw job.signal?.aborted ? (job.signal.reason as Error) : error;
  }
}
