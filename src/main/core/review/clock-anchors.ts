import { z } from 'zod';
import { REHEARSAL_LOG_KIND } from '../../../shared/model/rehearsal';
import { parseJson, type LogRow } from './log-entry';
import type { ClockAnchor } from './show-clock';

/** The fields of a rehearsal entry (RehearsalLogEntry) that place it on the show clock. */
const AnchorEntry = z.object({
  type: z.enum([
    'started',
    'clock',
    'paused',
    'resumed',
    'speed',
    'linkDropped',
    'linkRestored',
    'stopped',
  ]),
  simulatedMs: z.number().min(0).max(Number.MAX_SAFE_INTEGER),
  speed: z.number().positive().max(1_000).optional(),
});

/**
 * The clock anchor a run log row holds: a rehearsal entry with its show time, written at the
 * row's wall-clock time. Null for any other row (an interrupted rehearsal's entry has no show
 * time; an entry that does not parse is never trusted).
 */
export function clockAnchorOf(row: LogRow): ClockAnchor | null {
  if (row.kind !== REHEARSAL_LOG_KIND) return null;
  const parsed = AnchorEntry.safeParse(parseJson(row.payload));
  if (!parsed.success) return null;
  const { type, simulatedMs, speed } = parsed.data;
  return { at: row.at, showMs: simulatedMs, type, speed: speed ?? null };
}
