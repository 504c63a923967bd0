import type { RunSummary } from '../../../shared/model/review';
import type { Db } from '../store/database';
import type { ExportWriter } from './export-files';
import { forEachLogChunk } from './log-chunks';
import type { TimeBase } from './time-base';

export const RUN_LOG_FORMAT = 'showdesk-run-log';

/**
 * Writes the run's whole log as one JSON document, streamed a chunk at a time:
 * { format, version, rehearsal, run, clock, exportedAt, complete, missingEvents, audience,
 * entries: [{ seq, at, kind, payload }], count }. `audience` (feature `audience`): unmet demand
 * per SKU and per SKU, reason and minute (`unmetPerMinute`), comments per minute, comment totals, the most asked questions per product and what was
 * sent to the host view, times on the review clock. `complete` is true only when the log holds
 * every server event from seq 1 to the last (`missingEvents` counts the ones it lacks). `at` is the wall-clock time the entry was written; on a show clock (a rehearsal) each
 * entry also has `showMs`, the show time of `at` (`clock.zeroAt` is show time 0). Payloads are
 * copied as stored (the table only holds valid JSON). Returns the entry count.
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
  const onShowClock = clock.base === 'show';
  /** Each kind's JSON text, made once (a run log has a handful of kinds). */
  const kindTexts = new Map<string, string>();
  const kindText = (kind: string) => {
    let text = kindTexts.get(kind);
    if (text === undefined) {
      text = JSON.stringify(kind);
      kindTexts.set(kind, text);
    }
    return text;
  };
  const headText = JSON.stringify(head, null, 1);
  await writer.write(`${headText.slice(0, -2)},\n "entries": [\n`);
  let written = 0;
  await forEachLogChunk(db, run.id, {}, async (rows) => {
    let text = '';
    for (const [seq, at, kind, payload] of rows) {
      const showMs = onShowClock ? `,"showMs":${time.fromWall(at) - clock.zeroAt}` : '';
      text += `${written === 0 ? '' : ',\n'}  {"seq":${seq},"at":${at}${showMs},"kind":${kindText(kind)},"payload":${payload}}`;
      written += 1;
    }
    await writer.write(text);
    progress(written);
  });
  await writer.write(`\n ],\n "count": ${written}\n}\n`);
  return written;
}
