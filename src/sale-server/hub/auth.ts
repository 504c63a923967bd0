import { createHash, timingSafeEqual } from 'node:crypto';
import type { HandshakeError, HandshakeErrorCode } from '../../shared/protocol';

/** Compares tokens in constant time (hashing first, so lengths do not leak either). */
export function tokensEqual(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}

export type RefusalError = Error & { data: HandshakeError };

/** The error a socket.io middleware passes to `next`: the client gets it in `connect_error`. */
export function refusal(
  code: HandshakeErrorCode,
  message: string,
  serverVersion?: number,
): RefusalError {
  const data: HandshakeError =
    serverVersion === undefined ? { code, message } : { code, message, serverVersion };
  return Object.assign(new Error(message), { data });
}

/** Splits socket.io handler arguments into the payload and the acknowledgement callback. */
export function splitArgs(args: unknown[]): {
  payload: unknown;
  ack: ((value: unknown) => void) | null;
} {
  const last = args.at(-1);
  if (typeof last === 'function') {
    return {
      payload: args.length > 1 ? args[0] : undefined,
      ack: last as (value: unknown) => void,
    };
  }
  return { payload: args[0], ack: null };
}
