/** The core process's line to the shell: Electron's process.parentPort, or Node's IPC channel. */
export interface ParentPort {
  post(message: unknown): void;
  listen(listener: (message: unknown) => void): void;
  /** Runs `listener` when the parent is gone (Node's channel closed). */
  onParentGone(listener: () => void): void;
}

/** The part of Electron's utility-process parentPort the core uses. */
interface ElectronParentPort {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
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
      listen: (listener) => electron.on('message', (event) => listener(event.data)),
      // Electron ends a utility process together with its parent.
      onParentGone: () => undefined,
    };
  }
  const send = process.send?.bind(process);
  if (send === undefined) {
    throw new Error('The core process must be started by the shell (utilityProcess or fork)');
  }
  return {
    post: (message) => {
      if (process.connected) send(message);
    },
    listen: (listener) => process.on('message', listener),
    onParentGone: (listener) => process.on('disconnect', listener),
  };
}
