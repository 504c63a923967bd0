/**
 * One end of a line that carries the console API's wire (web-wire.ts) as values: a window's
 * MessagePort to the core's process, the core's end of it, or a websocket with JSON around it.
 */
export interface WirePort {
  post(frame: unknown): void;
  /** Starts delivering the frames that arrive; one listener per port. */
  listen(listener: (frame: unknown) => void): void;
  /** Runs `listener` once the other end is gone. */
  onClose(listener: () => void): void;
  close(): void;
}
