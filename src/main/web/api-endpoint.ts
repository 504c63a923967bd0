import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { Core } from '../core/core';
import { serveApiSocket } from './api-socket';

/** Large enough for the biggest CSV the contract accepts (5 million characters, JSON-escaped). */
const MAX_FRAME_BYTES = 16 * 1024 * 1024;

/** The console API at /api: the open core and the websocket server that carries it. */
export interface ApiEndpoint {
  core: Core;
  /** Takes an upgrade request the host has already checked (path, host, origin, token). */
  accept(request: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** Closes every API socket, then the core. */
  close(): void;
}

/** Serves `core` to every websocket the host accepts. */
export function openApiEndpoint(core: Core): ApiEndpoint {
  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES });
  sockets.on('connection', (socket) => serveApiSocket(core, socket));
  return {
    core,
    accept: (request, socket, head) =>
      sockets.handleUpgrade(request, socket, head, (ws) => sockets.emit('connection', ws, request)),
    close: () => {
      for (const client of sockets.clients) client.terminate();
      sockets.close();
      core.close();
    },
  };
}
