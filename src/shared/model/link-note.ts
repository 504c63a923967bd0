import { z } from 'zod';
import { HandshakeErrorCode } from '../protocol/handshake';
import type { LinkErrorReason } from './live';

/** LinkErrorReason as stored in the run log, checked when it is read back. */
const StoredLinkError = z.discriminatedUnion('code', [
  z.object({
    code: z.literal('refused'),
    params: z.object({ refusal: HandshakeErrorCode, message: z.string() }),
  }),
  z.object({ code: z.literal('unreachable'), params: z.object({ message: z.string() }) }),
  z.object({ code: z.literal('disconnected'), params: z.object({ reason: z.string() }) }),
  z.object({ code: z.literal('no_welcome'), params: z.object({}).strict() }),
  z.object({ code: z.literal('invalid_welcome'), params: z.object({}).strict() }),
  z.object({ code: z.literal('internal'), params: z.object({ message: z.string() }) }),
  z.object({
    code: z.literal('server_behind'),
    params: z.object({ serverSeq: z.number(), consoleSeq: z.number() }),
  }),
  z.object({ code: z.literal('no_snapshot'), params: z.object({ waitedMs: z.number() }) }),
  z.object({ code: z.literal('no_answer'), params: z.object({ silentMs: z.number() }) }),
]) satisfies z.ZodType<LinkErrorReason>;

/**
 * Why the link changed, as the run log keeps it (field `note` of a `link` entry, beside the same
 * in English as `reason`), so that the review, the replay and the HTML report say it in the
 * reader's language. welcome: the server's welcome was valid (its last seq); console_stopped:
 * the producer disconnected; dropped: the connection failed or dropped and the link retries
 * (after `retryInMs`, null when the wait is not known); stopped: the link stopped for a person
 * (see needsPerson); silent / heard_again: nothing came from the server for `silentMs`, or
 * messages came again after that long; lineup_not_loaded: the lineup failed validation and was
 * not sent (`issues` as the validator says them, in English).
 */
export const LinkNote = z.discriminatedUnion('code', [
  z.object({ code: z.literal('welcome'), params: z.object({ seq: z.number() }) }),
  z.object({ code: z.literal('console_stopped'), params: z.object({}).strict() }),
  z.object({
    code: z.literal('dropped'),
    params: z.object({ error: StoredLinkError, retryInMs: z.number().nullable() }),
  }),
  z.object({ code: z.literal('stopped'), params: z.object({ error: StoredLinkError }) }),
  z.object({ code: z.literal('silent'), params: z.object({ silentMs: z.number() }) }),
  z.object({ code: z.literal('heard_again'), params: z.object({ silentMs: z.number() }) }),
  z.object({ code: z.literal('lineup_not_loaded'), params: z.object({ issues: z.string() }) }),
]);
export type LinkNote = z.infer<typeof LinkNote>;
export type LinkNoteCode = LinkNote['code'];

/** Why a link entry was logged: a note, or the free text of a log written before notes. */
export type LinkReason = LinkNote | string;

/**
 * Why a snapshot replaced the console's state, as the run log keeps it (field `note` of a
 * `snapshot` entry, beside the same in English as `reason`). welcome: the state the server's
 * welcome carried when the console connected; unrequested: the server sent a snapshot unasked;
 * too_old: the server no longer kept the events after `fromSeq` (its snapshotRequired);
 * no_replay: no replay after `fromSeq` came in time, so the console asked for a snapshot;
 * inapplicable_event: event `seq` could not be applied, so the console asked for a snapshot.
 */
export const SnapshotNote = z.discriminatedUnion('code', [
  z.object({ code: z.literal('welcome'), params: z.object({}).strict() }),
  z.object({ code: z.literal('unrequested'), params: z.object({}).strict() }),
  z.object({ code: z.literal('too_old'), params: z.object({ fromSeq: z.number() }) }),
  z.object({ code: z.literal('no_replay'), params: z.object({ fromSeq: z.number() }) }),
  z.object({ code: z.literal('inapplicable_event'), params: z.object({ seq: z.number() }) }),
]);
export type SnapshotNote = z.infer<typeof SnapshotNote>;
export type SnapshotNoteCode = SnapshotNote['code'];

/** Why a snapshot entry was logged: a note, or the free text of a log written before notes. */
export type SnapshotReason = SnapshotNote | string;

/** The messages the console checks against their schema (the console's names for them). */
export const CheckedMessage = z.enum([
  'welcome',
  'snapshotRequired',
  'snapshot',
  'events',
  'ack',
  'clock',
  'heartbeat',
  'history',
]);
export type CheckedMessage = z.infer<typeof CheckedMessage>;

/**
 * Why an inbound message was rejected, as the run log keeps it (field `note` of a
 * `protocol_error` entry, beside the same in English as `message`). gap: event `received` came
 * when `expected` was next, the console resumed from `fromSeq`; behind: a heartbeat said the
 * server had sent every event up to `serverSeq`, but the console had applied only up to `fromSeq`
 * and nothing was waiting (the missing events were lost or dropped as malformed), so it resumed
 * from `fromSeq`; no_replay: no replay after
 * `fromSeq` came within `waitedMs`, the console asked for a snapshot; stale_snapshot: an
 * unrequested snapshot at `seq`, behind the applied `appliedSeq`; wrong_show: a `welcome` or
 * `snapshot` for show `showId`; wrong_version: a welcome speaking protocol `version`, not
 * `expected`; unknown_message: a message named `name`; malformed: message `message` failed its
 * schema (`issues` as the validator says them, in English); malformed_event: event number `index`
 * of a batch failed its schema; conflicting_duplicate: event `seq` came again with other
 * content; unknown_sku: event `seq` names SKU `sku` the lineup lacks; inapplicable_event: event
 * `seq` could not apply (`detail` in English); mismatched_ack: the ack for `commandId` named
 * `answered`; outbox_row: an outbox row of `commandId` no longer parses; history_refused: the
 * server refused history `fromSeq`..`toSeq` with its `code` and `message`; history_page: its page
 * lacked the next consecutive events.
 */
export const ProtocolErrorNote = z.discriminatedUnion('code', [
  z.object({
    code: z.literal('gap'),
    params: z.object({ expected: z.number(), received: z.number(), fromSeq: z.number() }),
  }),
  z.object({
    code: z.literal('behind'),
    params: z.object({ serverSeq: z.number(), fromSeq: z.number() }),
  }),
  z.object({
    code: z.literal('no_replay'),
    params: z.object({ fromSeq: z.number(), waitedMs: z.number() }),
  }),
  z.object({
    code: z.literal('stale_snapshot'),
    params: z.object({ seq: z.number(), appliedSeq: z.number() }),
  }),
  z.object({
    code: z.literal('wrong_show'),
    params: z.object({ message: z.enum(['welcome', 'snapshot']), showId: z.string() }),
  }),
  z.object({
    code: z.literal('wrong_version'),
    params: z.object({ version: z.number(), expected: z.number() }),
  }),
  z.object({ code: z.literal('unknown_message'), params: z.object({ name: z.string() }) }),
  z.object({
    code: z.literal('malformed'),
    params: z.object({ message: CheckedMessage, issues: z.string() }),
  }),
  z.object({
    code: z.literal('malformed_event'),
    params: z.object({ index: z.number(), issues: z.string() }),
  }),
  z.object({ code: z.literal('conflicting_duplicate'), params: z.object({ seq: z.number() }) }),
  z.object({
    code: z.literal('unknown_sku'),
    params: z.object({ seq: z.number(), sku: z.string() }),
  }),
  z.object({
    code: z.literal('inapplicable_event'),
    params: z.object({ seq: z.number(), detail: z.string() }),
  }),
  z.object({
    code: z.literal('mismatched_ack'),
    params: z.object({ commandId: z.string(), answered: z.string() }),
  }),
  z.object({ code: z.literal('outbox_row'), params: z.object({ commandId: z.string() }) }),
  z.object({
    code: z.literal('history_refused'),
    params: z.object({
      fromSeq: z.number(),
      toSeq: z.number(),
      code: z.string(),
      message: z.string(),
    }),
  }),
  z.object({
    code: z.literal('history_page'),
    params: z.object({ fromSeq: z.number(), toSeq: z.number() }),
  }),
]);
export type ProtocolErrorNote = z.infer<typeof ProtocolErrorNote>;
export type ProtocolErrorNoteCode = ProtocolErrorNote['code'];

/** Why a protocol error was logged: a note, or the free text of a log written before notes. */
export type ProtocolErrorText = ProtocolErrorNote | string;
