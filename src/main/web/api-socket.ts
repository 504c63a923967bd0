import { WebSocket, type RawData } from 'ws';
import { ApiError, type ApiEnvelope } from '../../shared/api/errors';
import { ClientFrame, MALFORMED_FRAME_ID, type ServerFrame } from '../../shared/api/web-wire';
import { issuesFromZod } from '../core/api/dispatch';
import type { Core } from '../core/core';

function send(socket: WebSocket, frame: ServerFrame): void {
  if (socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(frame));
}

function failure(error: ApiError): ApiEnvelope<never> {
  return { ok: false, error: error.toBody() };
}

/** The id a broken frame carried, so the caller's pending call can still be answered. */
function recoverId(value: unknown): number {
  if (typeof value === 'object' && value !== null && 'id' in value) {
    const { id } = value;
    if (typeof id === 'number' && Number.isInteger(id) && id >= 0) return id;
  }
  return MALFORMED_FRAME_ID;
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
    const error = new ApiError('invalid_input', 'Binary frames are not part of the console API');
    send(socket, { type: 'result', id: MALFORMED_FRAME_ID, envelope: failure(error) });
    return;
  }
  const json = parseJson(data.toString());
  if (!json.ok) {
    const error = new ApiError('invalid_input', 'Frame is not valid JSON');
    send(socket, { type: 'result', id: MALFORMED_FRAME_ID, envelope: failure(error) });
    return;
  }
  const frame = ClientFrame.safeParse(json.value);
  if (!frame.success) {
    const error = new ApiError(
      'invalid_input',
      'Frame does not match the console API wire format',
      issuesFromZod(frame.error),
    );
    send(socket, { type: 'result', id: recoverId(json.value), envelope: failure(error) });
    return;
  }
  const { id, method, input } = frame.data;
  const envelope = await core.dispatch(method, input).catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    return failure(new ApiError('internal', message));
  });
  send(socket, { type: 'result', id, envelope });
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
