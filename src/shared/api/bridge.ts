import type { ConnectionStatus } from './connection-status';
import type { ApiEventName, ApiEvents, ApiInput, ApiMethod, ApiResult } from './contract';

/**
 * What the renderer holds to talk to the core. The Electron preload and the browser host's
 * websocket client both implement it; components never know which one they have.
 */
export interface ConsoleBridge {
  invoke<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiResult<M>>;
  /** Returns the function that removes the listener. */
  subscribe<E extends ApiEventName>(
    event: E,
    listener: (payload: ApiEvents[E]) => void,
  ): () => void;
}

/**
 * The raw bridge the preload exposes on window; envelopes are unwrapped by the renderer. Its
 * status says when the window's port to the core is gone, so the page resyncs on the next one.
 */
export interface RawBridge {
  invoke(method: string, input: unknown): Promise<unknown>;
  subscribe(event: string, listener: (payload: unknown) => void): () => void;
  status(): ConnectionStatus;
  onStatus(listener: (status: ConnectionStatus) => void): () => void;
}

export const BRIDGE_GLOBAL = 'showdesk';
/** The preload asks the shell for its port to the core (at each page load). */
export const IPC_PORT_REQUEST_CHANNEL = 'showdesk:port-request';
/** The shell transfers the window's MessagePort to the core's process. */
export const IPC_PORT_CHANNEL = 'showdesk:port';
/** The shell says the core's process stopped: the port is dead until a new one comes. */
export const IPC_CORE_STOPPED_CHANNEL = 'showdesk:core-stopped';
