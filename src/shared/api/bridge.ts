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

/** The raw bridge the preload exposes on window; envelopes are unwrapped by the renderer. */
export interface RawBridge {
  invoke(method: string, input: unknown): Promise<unknown>;
  subscribe(event: string, listener: (payload: unknown) => void): () => void;
}

export const BRIDGE_GLOBAL = 'showdesk';
export const IPC_INVOKE_CHANNEL = 'showdesk:invoke';
export const IPC_EVENT_CHANNEL = 'showdesk:event';
