import { DROPPED_AT_END } from '../sync/outbox';
import { z } from 'zod';
import {
  LinkNote,
  ProtocolErrorNote,
  SnapshotNote,
  type LinkReason,
  type ProtocolErrorText,
  type SnapshotReason,
} from '../../../shared/model/link-note';
import { RunLogKind, type LinkLogState } from '../../../shared/model/live';
import { OnAirLogKind } from '../../../shared/model/onair';
import { NotePayload, ReviewLogKind } from '../../../shared/model/review';
import {
  ServerEvent,
  ShowState,
  Snapshot,
  type ServerEventOf,
  type ServerEventType,
} from '../../../shared/protocol';

/** A run log row as stored. */
export interface LogRow {
  seq: number;
  at: number;
  kind: string;
  payload: string;
}

type NonOrderEvent = ServerEventOf<Exclude<ServerEventType, 'order'>>;

/**
 * A run log entry other than an order, parsed for review. `at` is the server time for server
 * events and snapshots, the console time for the rest.
 */
export type ReviewEntry = { seq: number; at: number } & (
  | { kind: 'event'; event: NonOrderEvent }
  | { kind: 'snapshot'; reason: SnapshotReason; state: ShowState; snapshot: Snapshot }
  | { kind: 'link'; state: LinkLogState; reason: LinkReason }
  | { kind: 'note'; text: string }
  /** text: filled from the lineup by the run index (null when the point is gone). */
  | { kind: 'talkingPoint'; talkingPointId: number | null; text: string | null }
  | { kind: 'protocolError'; reason: string; message: ProtocolErrorText; count: number }
  | { kind: 'commandRejected'; commandKind: string; code: string; message: string }
  | { kind: 'commandDropped'; commandKind: string; message: string }
);

const SnapshotEntry = z.object({
  reason: z.string(),
  note: z.unknown().optional(),
  serverTime: z.number(),
  state: ShowState,
  snapshot: Snapshot,
});
const LinkEntry = z.object({
  state: z.enum(['connected', 'reconnecting', 'offline', 'stale']),
  reason: z.string().optional(),
  note: z.unknown().optional(),
});
const ProtocolErrorEntry = z.object({
  reason: z.string(),
  message: z.string(),
  note: z.unknown().optional(),
  suppressedBefore: z.number().int().min(0).optional(),
});
/** The on-air log's move of the current talking point (its other actions are not shown). */
const CurrentPointEntry = z.object({
  action: z.literal('current'),
  talkingPointId: z.number().int().nullable(),
});
const OutcomeEntry = z.object({
  kind: z.string(),
  status: z.string(),
  reason: z.object({ code: z.string(), message: z.string() }).optional(),
});

/** The JSON of a stored payload, or undefined when it does not parse. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * The review meaning of a stored entry, or null for an entry review does not show (an order,
 * a command, a run start) or one that does not parse (an entry is never trusted blindly).
 */
export function parseEntry(row: LogRow): ReviewEntry | null {
  const base = { seq: row.seq, at: row.at };
  const raw = parseJson(row.payload);
  switch (row.kind) {
    case RunLogKind.event: {
      const parsed = ServerEvent.safeParse(raw);
      if (!parsed.success || parsed.data.type === 'order') return null;
      return { seq: row.seq, at: parsed.data.at, kind: 'event', event: parsed.data };
    }
    case RunLogKind.snapshot: {
      const parsed = SnapshotEntry.safeParse(raw);
      if (!parsed.success) return null;
      const { serverTime, state, snapshot } = parsed.data;
      const note = SnapshotNote.safeParse(parsed.data.note);
      const reason = note.success ? note.data : parsed.data.reason;
      return { seq: row.seq, at: serverTime, kind: 'snapshot', reason, state, snapshot };
    }
    case RunLogKind.link: {
      const parsed = LinkEntry.safeParse(raw);
      if (!parsed.success) return null;
      const note = LinkNote.safeParse(parsed.data.note);
      const reason = note.success ? note.data : (parsed.data.reason ?? '');
      return { ...base, kind: 'link', state: parsed.data.state, reason };
    }
    case RunLogKind.protocolError: {
      const parsed = ProtocolErrorEntry.safeParse(raw);
      if (!parsed.success) return null;
      const { reason, suppressedBefore } = parsed.data;
      const note = ProtocolErrorNote.safeParse(parsed.data.note);
      const message = note.success ? note.data : parsed.data.message;
      return {
        ...base,
        kind: 'protocolError',
        reason,
        message,
        count: 1 + (suppressedBefore ?? 0),
      };
    }
    case RunLogKind.commandOutcome: {
      const parsed = OutcomeEntry.safeParse(raw);
      if (!parsed.success) return null;
      const { status, kind: commandKind } = parsed.data;
      const reason = parsed.data.reason ?? { code: 'unknown', message: '' };
      // Before migration 14 a dropped command was logged as rejected with code dropped_at_end.
      if (status === 'dropped' || (status === 'rejected' && reason.code === DROPPED_AT_END)) {
        return { ...base, kind: 'commandDropped', commandKind, message: reason.message };
      }
      if (status !== 'rejected') return null;
      return {
        ...base,
        kind: 'commandRejected',
        commandKind: parsed.data.kind,
        code: reason.code,
        message: reason.message,
      };
    }
    case ReviewLogKind.note: {
      const parsed = NotePayload.safeParse(raw);
      return parsed.success ? { ...base, kind: 'note', text: parsed.data.text } : null;
    }
    case OnAirLogKind.talkingPoint: {
      const parsed = CurrentPointEntry.safeParse(raw);
      if (!parsed.success) return null;
      return {
        ...base,
        kind: 'talkingPoint',
        talkingPointId: parsed.data.talkingPointId,
        text: null,
      };
    }
    default:
      return null;
  }
}
