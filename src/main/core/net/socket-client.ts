import type { io } from 'socket.io-client';

type Connect = typeof io;

let loaded: Connect | undefined;
let loading: Promise<Connect> | undefined;

/**
 * socket.io-client, imported when a link, a probe or a rehearsal first connects: loading it is
 * about 110 ms of CPU, as much as the rest of the core, and start-up does not need it.
 */
export function loadSocketClient(): Promise<Connect> {
  loading ??= import('socket.io-client').then((module) => (loaded = module.io));
  return loading;
}

/** socket.io-client's `io` once loadSocketClient has loaded it, else undefined. */
export function loadedSocketClient(): Connect | undefined {
  return loaded;
}
