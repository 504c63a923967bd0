import { z } from 'zod';

/**
 * Frames of the browser host's websocket (path /api). The console API itself is the same as over
 * Electron IPC: an invoke carries a method and its input, a result carries the envelope, and the
 * host pushes every core event to every socket.
 */
export const WEB_API_PATH = '/api';
export const WEB_TOKEN_PARAM = 'token';

export const ClientFrame = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('invoke'),
    id: z.number().int().nonnegative(),
    method: z.string().max(100),
    input: z.unknown(),
  }),
]);
export type ClientFrame = z.infer<typeof ClientFrame>;

export type ServerFrame =
  | { type: 'result'; id: number; envelope: unknown }
  | { type: 'event'; event: string; payload: unknown };
