import type { CheckedMessage, ProtocolErrorNote } from '../../../shared/model/link-note';
import { RunLogKind } from '../../../shared/model/live';
import { describeIssues, type Issue } from '../../../shared/protocol';
import { protocolErrorEnglish } from './protocol-error-english';
import { truncatedCopy, type RunLog } from './run-log';

/** Why an inbound message was rejected at the boundary. */
export type ProtocolErrorReason =
  /** A message (welcome, events, snapshot, ack, ...) that fails its schema. */
  | 'malformed_message'
  /** One event of a batch that fails the event schema (also an unknown event type). */
  | 'malformed_event'
  /** A message name the protocol does not have. */
  | 'unknown_message'
  /** An event whose seq skips ahead of the next expected one (a resume is requested). */
  | 'out_of_order'
  /** An event with an already applied seq but other content than the one applied. */
  | 'conflicting_duplicate'
  /** A valid event that cannot apply (for example an unknown SKU); a snapshot is requested. */
  | 'inapplicable_event'
  /** A welcome or snapshot for another show than the run's. */
  | 'wrong_show'
  /** A snapshot older than what is applied, that nobody asked for. */
  | 'stale_snapshot'
  /** An acknowledgement that names another command. */
  | 'mismatched_ack'
  /** The server answered a `history` request with an error. */
  | 'history_refused';

const PER_SECOND = 20;

/** The note of a `message` (welcome, ack, ...) that failed its schema. */
export function malformed(message: CheckedMessage, issues: readonly Issue[]): ProtocolErrorNote {
  return { code: 'malformed', params: { message, issues: describeIssues(issues) } };
}

/**
 * Writes protocol errors to the run log (kind `protocol_error`: the reason, the note with its
 * English `message` beside it, and a truncated copy of the message). At most 20 entries a second
 * are written; the rest are counted and the next entry says how many were left out, so a flood
 * of bad input cannot flood the database.
 */
export class ProtocolErrors {
  private total = 0;
  private suppressed = 0;
  private windowStart = 0;
  private inWindow = 0;

  constructor(
    private readonly runLog: RunLog,
    private readonly runId: number,
  ) {}

  get count(): number {
    return this.total;
  }

  record(
    reason: ProtocolErrorReason,
    note: ProtocolErrorNote,
    copy: unknown,
    now = Date.now(),
  ): void {
    this.total += 1;
    if (now - this.windowStart >= 1000) {
      this.windowStart = now;
      this.inWindow = 0;
    }
    if (this.inWindow >= PER_SECOND) {
      this.suppressed += 1;
      return;
    }
    this.inWindow += 1;
    const entry: Record<string, unknown> = {
      reason,
      message: protocolErrorEnglish(note),
      note,
      copy: truncatedCopy(copy),
    };
    if (this.suppressed > 0) entry.suppressedBefore = this.suppressed;
    this.suppressed = 0;
    this.runLog.append(this.runId, RunLogKind.protocolError, entry, now);
  }
}
