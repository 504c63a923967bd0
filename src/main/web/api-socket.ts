import { WebSocket } from 'ws';
import type { ServerFrame } from '../../shared/api/server-frame';
import type { WirePort } from '../../shared/api/wire-port';
import { unreadableFrame } from '../core/api/answer-invoke';
import { serveWire } from '../core/api/serve-wire';
import type { Core } from '../core/core';

function send(socket: WebSocket, frame: unknown): void {
  if (socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(frame));
}

/** The frame a text frame carries, or the answer for one that is not part of the wire. */
function readFrame(
  text: string | null,
): { ok: true; value: unknown } | { ok: false; answer: ServerFrame } {
  if (text === null) {
    return { ok: false, answer: unreadableFrame('Binary frames are not part of the console API') };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, answer: unreadableFrame('Frame is not valid JSON') };
  }
}

/** One accepted websocket as a port of the console API's wire, JSON text both ways. */
function socketPort(socket: WebSocket): WirePort {
  return {
    post: (frame) => send(socket, frame),
    listen: (listener) =>
      socket.on('message', (data, isBinary) => {
        const frame = readFrame(isBinary ? null : data.toString());
        if (frame.ok) listener(frame.value);
        else send(socket, frame.answer);
      }),
    onClose: (listener) => socket.on('close', listener),
    close: () => socket.close(),
  };
}

/** Carries the console API over one accepted websocket until it closes. */
export function serveApiSocket(core: Core, socket: WebSocket): void {
  serveWire(core, socketPort(socket));
  socket.on('error', () => socket.terminate());
}
