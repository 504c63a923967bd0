import type { io } from 'socket.io-client';
import type { PacedWebSocket } from './paced-websocket';

type Connect = typeof io;

/** socket.io-client's `io`, and the transport that hands on one message per turn. */
export interface SocketClient {
  io: Connect;
  PacedWebSocket: typeof PacedWebSocket;
}

let loaded: SocketClient | undefined;
let loading: Promise<SocketClient> | undefined;

function load(): Promise<SocketClient> {
  loading ??= Promise.all([import('socket.io-client'), import('./paced-websocket')]).then(
    ([client, paced]) => (loaded = { io: client.io, PacedWebSocket: paced.PacedWebSocket }),
  );
  return loading;
}

/**
 * socket.io-client, imported when a link, a probe or a rehearsal first connects: loading it is
 * about 110 ms of CPU, as much as the rest of the core, and start-up does not need it.
 */
export async function loadSocketClient(): Promise<Connect> {
  return (await load()).io;
}

/** socket.io-client once loadSocketClient has loaded it, else undefined. */
export function loadedSocketClient(): SocketClient | undefined {
  return loaded;
}
