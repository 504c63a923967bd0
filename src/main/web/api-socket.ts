import { WebSocket, type RawData } from 'ws';
import type { ServerFrame } from '../../shared/api/web-wire';
import { answerInvoke, unreadableFrame } from '../core/api/answer-invoke';
import type { Core } from '../core/core';

function send(socket: WebSocket, frame: ServerFrame): void {
  if (socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(frame));
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

async function answer(core: Core, socket: WebSocket, data: RawData, isBinary: boolean) {
  if (isBinary) {
    send(socket, unreadableFrame('Binary frames are not part of the console API'));
    return;
  }
  const json = parseJson(data.toString());
  if (!json.ok) {
    send(socket, unreadableFrame('Frame is not valid JSON'));
    return;
  }
  send(socket, await answerInvoke(core, json.value));
}

/**
 * Carries the console API over one accepted websocket: every text frame is an invoke answered by
 * a result with the same id, and every core event is pushed to the socket until it closes.
 */
export function serveApiSocket(core: Core, socket: WebSocket): void {
  const stopEvents = core.events.listen((event, payload) => {
    send(socket, { type: 'event', event, payload });
  });
  socket.on('message', (data, isBinary) => {
    void answer(core, socket, data, isBinary);
  });
  socket.on('close', stopEvents);
  socket.on('error', () => socket.terminate());
}
