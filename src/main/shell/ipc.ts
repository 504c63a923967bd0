import type { ApiEnvelope } from '../../shared/api/errors';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from '../../shared/api/bridge';
import type { Core } from '../core/core';

/** The parts of Electron's IpcMain and its events that the console API needs. */
export interface InvokeEvent {
  senderFrame: { url: string; parent: unknown } | null;
}
export interface IpcRegistrar {
  handle(channel: string, listener: (event: InvokeEvent, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
}
export interface EventTarget {
  isDestroyed(): boolean;
  send(channel: string, ...args: unknown[]): void;
}

const forbidden: ApiEnvelope<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'This page may not call the console API' },
};

/**
 * Answers the preload's invoke calls: only the console page's own top frame may call, and every
 * call goes through the core's validating dispatcher. Returns the function that unregisters.
 */
export function registerConsoleIpc(
  ipc: IpcRegistrar,
  core: Core,
  isTrustedPage: (url: string) => boolean,
): () => void {
  ipc.handle(IPC_INVOKE_CHANNEL, (event, method, input) => {
    const frame = event.senderFrame;
    if (frame === null || frame.parent !== null || !isTrustedPage(frame.url)) return forbidden;
    return core.dispatch(method, input);
  });
  return () => ipc.removeHandler(IPC_INVOKE_CHANNEL);
}

/** Pushes every core event to every open console window. Returns the function that stops it. */
export function forwardCoreEvents(core: Core, targets: () => Iterable<EventTarget>): () => void {
  return core.events.listen((event, payload) => {
    for (const target of targets()) {
      if (!target.isDestroyed()) target.send(IPC_EVENT_CHANNEL, event, payload);
    }
  });
}
