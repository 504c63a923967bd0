/**
 * What the core sends on the console API's wire (web-wire.ts describes the wire): a call's result
 * with its envelope, or a pushed event. The page reads these without zod: the core is the other
 * end and sends what this type says, so only the envelope's shape is checked; the payload's
 * type is the contract's.
 */
export type ServerFrame =
  | { type: 'result'; id: number; envelope: unknown }
  | { type: 'event'; event: string; payload: unknown };

/** The frame, or null when `value` is not a frame of this wire (it is then ignored). */
export function readServerFrame(value: unknown): ServerFrame | null {
  if (typeof value !== 'object' || value === null || !('type' in value)) return null;
  if (value.type === 'result') {
    return 'id' in value && Number.isInteger(value.id) ? (value as ServerFrame) : null;
  }
  if (value.type === 'event') {
    return 'event' in value && typeof value.event === 'string' ? (value as ServerFrame) : null;
  }
  return null;
}
