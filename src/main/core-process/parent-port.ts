import { z } from 'zod';
import type { WirePort } from '../../shared/api/wire-port';

/** The core process's line to the shell: Electron's process.parentPort, or Node's IPC channel. */
export interface ParentPort {
  post(message: unknown): void;
  /** Each message with the ports transferred along with it. */
  listen(listener: (message: unknown, ports: readonly WirePort[]) => void): void;
  /** Runs `listener` when the parent is gone (Node's channel closed). */
  onParentGone(listener: () => void): void;
}

/** The part of Electron's MessagePortMain the core uses. */
interface ElectronMessagePort {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
  on(event: 'close', listener: () => void): void;
  start(): void;
  close(): void;
}

/** The part of Electron's utility-process parentPort the core uses. */
interface ElectronParentPort {
  postMessage(message: unknown): void;
  on(
    event: 'message',
    listener: (event: { data: unknown; ports: readonly ElectronMessagePort[] }) => void,
  ): void;
}

function electronWirePort(port: ElectronMessagePort): WirePort {
  return {
    post: (frame) => port.postMessage(frame),
    listen: (listener) => {
      port.on('message', (event) => listener(event.data));
      port.start();
    },
    onClose: (listener) => port.on('close', listener),
    close: () => port.close(),
  };
}

/**
 * Under plain Node, where a port cannot cross to a child process, a window's port is a numbered
 * lane of the IPC channel: the parent opens one with `{ type: 'window-port', lane }` and both
 * sides wrap the lane's frames.
 */
export const LaneOpening = z.object({ type: z.literal('window-port'), lane: z.number().int() });
export const LaneFrame = z.object({ lane: z.number().int(), frame: z.unknown() });

function nodeParentPort(send: (message: unknown) => void): ParentPort {
  const lanes = new Map<number, (frame: unknown) => void>();
  const post = (message: unknown) => {
    if (process.connected) send(message);
  };
  const lanePort = (lane: number): WirePort => ({
    post: (frame) => post({ lane, frame }),
    listen: (listener) => lanes.set(lane, listener),
    // The lane lasts as long as the process.
    onClose: () => undefined,
    close: () => lanes.delete(lane),
  });
  return {
    post,
    listen: (listener) =>
      process.on('message', (message) => {
        const laneFrame = LaneFrame.safeParse(message);
        if (laneFrame.success) {
          lanes.get(laneFrame.data.lane)?.(laneFrame.data.frame);
          return;
        }
        const opening = LaneOpening.safeParse(message);
        listener(message, opening.success ? [lanePort(opening.data.lane)] : []);
      }),
    onParentGone: (listener) => process.on('disconnect', listener),
  };
}

/**
 * Under Electron's utilityProcess, `process.parentPort`; under plain Node (child_process.fork,
 * as the tests start it), the process's IPC channel with the same seam.
 */
export function processParentPort(): ParentPort {
  const electron = (process as { parentPort?: ElectronParentPort }).parentPort;
  if (electron !== undefined) {
    return {
      post: (message) => electron.postMessage(message),
      listen: (listener) =>
        electron.on('message', (event) => listener(event.data, event.ports.map(electronWirePort))),
      // Electron ends a utility process together with its parent.
      onParentGone: () => undefined,
    };
  }
  const send = process.send?.bind(process);
  if (send === undefined) {
    throw new Error('The core process must be started by the shell (utilityProcess or fork)');
  }
  return nodeParentPort(send);
}
