import type { ConsoleBridge } from '../../../shared/api/bridge';
import type { ApiEventName, ApiEvents, ApiMethod, ApiResult } from '../../../shared/api/contract';
import type {
  ConnectionStatus,
  ConnectionStatusSource,
} from '../../../shared/api/connection-status';
import { WEB_API_PATH, WEB_TOKEN_PARAM } from '../../../shared/api/web-address';
import { WireClient } from '../../../shared/api/wire-client';
import type { WirePort } from '../../../shared/api/wire-port';
import { unwrapEnvelope } from './logic/envelope';

const FIRST_RETRY_MS = 250;
const MAX_RETRY_MS = 5_000;

export function webApiUrl(location: Location, token: string | null): string {
  const url = new URL(WEB_API_PATH, location.href);
  url.protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
  url.search = '';
  url.hash = '';
  if (token !== null) url.searchParams.set(WEB_TOKEN_PARAM, token);
  return url.toString();
}

/** An open websocket as a port of the console API's wire, one JSON text frame per frame. */
function socketPort(socket: WebSocket): WirePort {
  return {
    post: (frame) => socket.send(JSON.stringify(frame)),
    listen: (listener) =>
      socket.addEventListener('message', (message) => {
        if (typeof message.data !== 'string') return;
        try {
          listener(JSON.parse(message.data));
        } catch {
          // Not JSON: not a frame of the wire.
        }
      }),
    onClose: (listener) => socket.addEventListener('close', listener),
    close: () => socket.close(),
  };
}

/**
 * The console API over the browser host's websocket (the wire client over each socket in turn).
 * The socket reconnects with exponential backoff.
 */
export class WebSocketBridge implements ConsoleBridge, ConnectionStatusSource {
  private readonly client = new WireClient();
  private retryMs = FIRST_RETRY_MS;

  constructor(private readonly url: string) {
    this.connect();
  }

  get status(): ConnectionStatus {
    return this.client.status;
  }

  onStatus(listener: (status: ConnectionStatus) => void): () => void {
    return this.client.onStatus(listener);
  }

  async invoke<M extends ApiMethod>(method: M, input: unknown): Promise<ApiResult<M>> {
    return unwrapEnvelope<ApiResult<M>>(await this.client.invoke(method, input));
  }

  subscribe<E extends ApiEventName>(
    event: E,
    listener: (payload: ApiEvents[E]) => void,
  ): () => void {
    return this.client.subscribe(event, listener);
  }

  private connect(): void {
    const socket = new WebSocket(this.url);
    socket.addEventListener('open', () => {
      this.retryMs = FIRST_RETRY_MS;
      this.client.attach(socketPort(socket));
    });
    socket.addEventListener('close', () => {
      this.client.detach();
      window.setTimeout(() => this.connect(), this.retryMs);
      this.retryMs = Math.min(this.retryMs * 2, MAX_RETRY_MS);
    });
  }
}
