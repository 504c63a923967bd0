import { z } from 'zod';

/**
 * Frames of the browser host's websocket (path /api). The console API itself is the same as over
 * Electron IPC: an invoke carries a method and its input, a result carries the envelope, and the
 * host pushes every core event to every socket.
 */
export const WEB_API_PATH = '/api';
export const WEB_TOKEN_PARAM = 'token';

/**
 * The id of a result that answers a frame too malformed to carry a usable id (not JSON, or no
 * non-negative integer id). Client ids are never negative, so it cannot collide with a call.
 */
export const MALFORMED_FRAME_ID = -1;

export const ClientFrame = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('invoke'),
    id: z.number().int().nonnegative(),
    method: z.string().max(100),
    input: z.unknown().optional(),
  }),
]);
export type ClientFrame = z.infer<typeof ClientFrame>;

export type ServerFrame =
  | { type: 'result'; id: number; envelope: unknown }
  | { type: 'event'; event: string; payload: unknown };
