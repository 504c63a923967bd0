import { z } from 'zod';
import { FeatureList } from './features';
import { ConsoleId, EpochMs, SeqPosition, ShowId } from './primitives';

/** The socket.io `auth` object a console sends when it connects (and on every reconnect). */
export const HandshakeAuth = z.object({
  token: z.string().min(1).max(500),
  showId: ShowId,
  consoleId: ConsoleId,
  protocolVersion: z.number().int().min(1),
  /** Resume in the handshake: the last seq the console applied. */
  fromSeq: SeqPosition.optional(),
  /** Optional additions the console understands (section 3.1 of docs/protocol.md). */
  features: FeatureList.optional(),
});
export type HandshakeAuth = z.infer<typeof HandshakeAuth>;

export const HandshakeErrorCode = z.enum([
  'invalid_handshake',
  'bad_token',
  'bad_version',
  'unknown_show',
]);
export type HandshakeErrorCode = z.infer<typeof HandshakeErrorCode>;

/** The `data` of the socket.io `connect_error` the client receives when a handshake is refused. */
export const HandshakeError = z.object({
  code: HandshakeErrorCode,
  message: z.string().max(1000),
  /** The version the server speaks (with `bad_version`). */
  serverVersion: z.number().int().min(1).optional(),
});
export type HandshakeError = z.infer<typeof HandshakeError>;

/** Replay every event after `fromSeq` (the console's last applied seq). */
export const Resume = z.object({ fromSeq: SeqPosition });
export type Resume = z.infer<typeof Resume>;

/** Ask for a fresh `snapshot` message. */
export const RequestSnapshot = z.object({});
export type RequestSnapshot = z.infer<typeof RequestSnapshot>;

/** The `clock` request carries nothing; its acknowledgement tells the server time. */
export const ClockRequest = z.object({});
export const ClockReply = z.object({ serverTime: EpochMs });
export type ClockReply = z.infer<typeof ClockReply>;

/**
 * `heartbeat` (feature `heartbeat`): the server is alive. `serverTime` is its clock when sent;
 * `seq` the last event it has sent on this connection before it (0: none yet).
 */
export const Heartbeat = z.object({ serverTime: EpochMs, seq: SeqPosition });
export type Heartbeat = z.infer<typeof Heartbeat>;
