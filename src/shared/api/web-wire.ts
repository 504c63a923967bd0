import { z } from 'zod';

/**
 * The console API's wire, whatever carries it: the browser host's websocket (path /api, as JSON
 * text) and the port between the Electron shell and the core's process (as structured clones).
 * An invoke carries a method and its input, a result carries the envelope with the invoke's id,
 * and the core pushes every event to every listener. Its address: web-address.ts. The core checks
 * each client frame with the schema below; the page reads the core's frames (server-frame.ts)
 * without zod.
 */

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
