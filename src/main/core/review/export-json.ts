import type { RunSummary } from '../../../shared/model/review';
import type { Db } from '../store/database';
import type { ExportWriter } from './export-files';
import { CHUNK_ROWS, forEachLogChunk, logSeqSpan } from './log-chunks';
import type { TimeBase } from './time-base';

export const RUN_LOG_FORMAT = 'showdesk-run-log';

/** The log's span in seq when the export starts (logSeqSpan). */
type SeqSpan = NonNullable<ReturnType<typeof logSeqSpan>>;

/** Takes a chunk of entries' JSON (joined by ",\n", none before the first) and their count. */
type TakeEntries = (json: string | Uint8Array, count: number) => Promise<void>;

/**
 * An entry's JSON after its time fields, made by SQLite: its kind and its payload (the view
 * builds an order's from its columns), closing the object. The kinds are words of RunLogKind and
 * the like, which json_quote writes as JSON.stringify does.
 */
const KIND_AND_PAYLOAD = `',"kind":' || json_quote(kind) || ',"payload":' || payload || '}'`;

/**
 * The entries of a run on the wall clock, a seq range of CHUNK_ROWS at a time: SQLite makes each
 * entry's JSON and joins the range's, handing over one value, UTF-8 bytes written as they are
 * (four values an entry handed over, then joined and encoded here: 1.7-2.0 s of CPU for
 * 1,000,000 orders, now 1.15 s). The range is read along seq, the table's rowid (as
 * ChunkFilter.upTo), and its entries joined in seq order, which only the aggregate's ORDER BY
 * guarantees (0.8 s without it).
 */
async function wallEntries(db: Db, runId: number, span: SeqSpan, take: TakeEntries) {
  const statement = db
    .prepare(
      `SELECT count(*), CAST(group_concat(
         '  {"seq":' || seq || ',"at":' || at || ${KIND_AND_PAYLOAD}, ',\n' ORDER BY seq) AS BLOB)
       FROM run_log_entries WHERE +run_id = ? AND seq > ? AND seq <= ?`,
    )
    .raw();
  for (let after = span.first - 1; after < span.last; after += CHUNK_ROWS) {
    const upTo = Math.min(after + CHUNK_ROWS, span.last);
    const [count, json] = statement.get(runId, after, upTo) as [number, Uint8Array | null];
    if (json !== null) await take(json, count);
  }
}

/** The entries of a run on a show clock, each with `showMs`, the show time of its `at`. */
function showClockEntries(time: TimeBase, zeroAt: number) {
  return async (db: Db, runId: number, span: SeqSpan, take: TakeEntries) => {
    const filter = {
      columns: `seq, at, ${KIND_AND_PAYLOAD}`,
      after: span.first - 1,
      upTo: span.last,
    };
    await forEachLogChunk<[number, number, string]>(db, runId, filter, async (rows) => {
      const lines = rows.map(
        ([seq, at, rest]) =>
          `  {"seq":${seq},"at":${at},"showMs":${time.fromWall(at) - zeroAt}${rest}`,
      );
      await take(lines.join(',\n'), rows.length);
    });
  };
}

/**
 * Writes the run's whole log as one JSON document, streamed a chunk at a time:
 * { format, version, rehearsal, run, clock, exportedAt, complete, missingEvents, audience,
 * entries: [{ seq, at, kind, payload }], count }. `audience` (feature `audience`): unmet demand
 * per SKU and per SKU, reason and minute (`unmetPerMinute`), comments per minute, comment totals, the most asked questions per product and what was
 * sent to the host view, times on the review clock. `complete` is true only when the log holds
 * every server event from seq 1 to the last (`missingEvents` counts the ones it lacks). `at` is the wall-clock time the entry was written; on a show clock (a rehearsal) each
 * entry also has `showMs`, the show time of `at` (`clock.zeroAt` is show time 0). Payloads are
 * copied as stored (the table only holds valid JSON). The entries are the log's up to its last
 * when the export starts. Returns the entry count.
 */
export async function writeRunLogJson(
  db: Db,
  run: RunSummary,
  time: TimeBase,
  { missing: missingEvents, audience }: { missing: number; audience?: unknown },
  writer: ExportWriter,
  progress: (done: number) => void,
): Promise<number> {
  const { clock } = time;
  const head = {
    format: RUN_LOG_FORMAT,
    version: 1,
    rehearsal: run.rehearsal,
    run,
    clock,
    exportedAt: new Date().toISOString(),
    complete: missingEvents === 0,
    missingEvents,
    audience,
  };
  const headText = JSON.stringify(head, null, 1);
  await writer.write(`${headText.slice(0, -2)},\n "entries": [\n`);
  let written = 0;
  const span = logSeqSpan(db, run.id);
  const entries = clock.base === 'show' ? showClockEntries(time, clock.zeroAt) : wallEntries;
  if (span !== null) {
    await entries(db, run.id, span, async (json, count) => {
      if (written > 0) await writer.write(',\n');
      await writer.write(json);
      written += count;
      progress(written);
    });
  }
  await writer.write(`\n ],\n "count": ${written}\n}\n`);
  return written;
}
