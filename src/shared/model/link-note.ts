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

export const LINK_NOTE_CODES: readonly LinkNoteCode[] = LinkNote.options.map(
  (option) => option.shape.code.value,
);

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

export const SNAPSHOT_NOTE_CODES: readonly SnapshotNoteCode[] = SnapshotNote.options.map(
  (option) => option.shape.code.value,
);

/** Why a snapshot entry was logged: a note, or the free text of a log written before notes. */
export type SnapshotReason = SnapshotNote | string;
