import { loadSocketClient } from '../../net/socket-client';
import { welcomeMismatch } from '../../sync/welcome-mismatch';
import {
  HandshakeError,
  PROTOCOL_VERSION,
  ServerMessage,
  Welcome,
  parseWith,
} from '../../../../shared/protocol';

export interface ProbeTarget {
  serverUrl: string;
  token: string;
  serverShowId: string;
  consoleId: string;
}

/** What one handshake with a sale server told. */
export type ProbeResult =
  | { type: 'welcome'; welcome: Welcome }
  | { type: 'refused'; refusal: HandshakeError }
  | { type: 'unreachable'; reason: string };

/**
 * Opens one console connection to a sale server, as the link would, and closes it as soon as
 * the server has answered: its welcome (with the show's snapshot) or its refusal.
 */
export async function probeServer(target: ProbeTarget, timeoutMs: number): Promise<ProbeResult> {
  const io = await loadSocketClient();
  const socket = io(target.serverUrl, {
    forceNew: true,
    reconnection: false,
    transports: ['websocket'],
    timeout: timeoutMs,
    auth: {
      token: target.token,
      showId: target.serverShowId,
      consoleId: target.consoleId,
      protocolVersion: PROTOCOL_VERSION,
    },
  });
  return new Promise((resolve) => {
    const finish = (result: ProbeResult) => {
      clearTimeout(timer);
      socket.removeAllListeners();
      socket.disconnect();
      resolve(result);
    };
    const timer = setTimeout(
      () => finish({ type: 'unreachable', reason: `no answer within ${timeoutMs} ms` }),
      timeoutMs,
    );
    socket.on(ServerMessage.welcome, (raw: unknown) => {
      const welcome = parseWith(Welcome, raw);
      if (!welcome.ok) {
        finish({ type: 'unreachable', reason: 'the server sent an invalid welcome' });
        return;
      }
      const mismatch = welcomeMismatch(welcome.value, target.serverShowId);
      finish(
        mismatch === null
          ? { type: 'welcome', welcome: welcome.value }
          : { type: 'refused', refusal: mismatch },
      );
    });
    socket.on('connect_error', (error: Error & { data?: unknown }) => {
      const refusal = parseWith(HandshakeError, error.data);
      finish(
        refusal.ok
          ? { type: 'refused', refusal: refusal.value }
          : { type: 'unreachable', reason: error.message },
      );
    });
  });
}
