/** State of the link between this window and the core. Electron's bridge is always 'open'. */
export type ConnectionStatus = 'connecting' | 'open' | 'reconnecting';

export interface ConnectionStatusSource {
  readonly status: ConnectionStatus;
  /** Returns the function that removes the listener. */
  onStatus(listener: (status: ConnectionStatus) => void): () => void;
}

/** Thrown for invokes that were in flight when the websocket to the core closed. */
export class ConnectionLostError extends Error {
  readonly method: string;

  constructor(method: string) {
    super(`The connection to the Showdesk core closed before it answered ${method}`);
    this.name = 'ConnectionLostError';
    this.method = method;
  }
}
