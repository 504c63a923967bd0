import type { ConsoleBridge } from '../../../shared/api/bridge';
import type { ApiEventName, ApiEvents, ApiMethod, ApiResult } from '../../../shared/api/contract';
import { WEB_API_PATH, WEB_TOKEN_PARAM, type ClientFrame } from '../../../shared/api/web-wire';
import {
  ConnectionLostError,
  type ConnectionStatus,
  type ConnectionStatusSource,
} from './connection-status';
import { unwrapEnvelope } from './envelope';
import { EventListeners } from './event-listeners';

const FIRST_RETRY_MS = 250;
const MAX_RETRY_MS = 5_000;

interface Pending {
  method: string;
  resolve: (envelope: unknown) => void;
  reject: (error: Error) => void;
}

export function webApiUrl(location: Location, token: string | null): string {
  const url = new URL(WEB_API_PATH, location.href);
  url.protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
  url.search = '';
  url.hash = '';
  if (token !== null) url.searchParams.set(WEB_TOKEN_PARAM, token);
  return url.toString();
}

/**
 * The console API over the browser host's websocket. Invokes made while the socket is down wait
 * for it to open; invokes already sent are rejected with ConnectionLostError when it closes, since
 * their answers can never arrive. The socket reconnects with exponential backoff.
 */
export class WebSocketBridge implements ConsoleBridge, ConnectionStatusSource {
  private socket: WebSocket | null = null;
  private nextId = 1;
  private retryMs = FIRST_RETRY_MS;
  private readonly sent = new Map<number, Pending>();
  private readonly waiting: { frame: ClientFrame; pending: Pending }[] = [];
  private readonly events = new EventListeners();
  private readonly statusListeners = new Set<(status: ConnectionStatus) => void>();
  private currentStatus: ConnectionStatus = 'connecting';

  constructor(private readonly url: string) {
    this.connect();
  }

  get status(): ConnectionStatus {
    return this.currentStatus;
  }

  onStatus(listener: (status: ConnectionStatus) => void): () => void {
    this.statusListeners.add(listener);
    return () => {
      this.statusListeners.delete(listener);
    };
  }

  async invoke<M extends ApiMethod>(method: M, input: unknown): Promise<ApiResult<M>> {
    const envelope = await new Promise<unknown>((resolve, reject) => {
      const frame: ClientFrame = { type: 'invoke', id: this.nextId++, method, input };
      const pending = { method, resolve, reject };
      if (this.socket?.readyState === WebSocket.OPEN) this.send(frame, pending);
      else this.waiting.push({ frame, pending });
    });
    return unwrapEnvelope<ApiResult<M>>(envelope);
  }

  subscribe<E extends ApiEventName>(
    event: E,
    listener: (payload: ApiEvents[E]) => void,
  ): () => void {
    return this.events.add(event, listener);
  }

  private send(frame: ClientFrame, pending: Pending): void {
    this.sent.set(frame.id, pending);
    this.socket?.send(JSON.stringify(frame));
  }

  private setStatus(status: ConnectionStatus): void {
    this.currentStatus = status;
    for (const listener of this.statusListeners) listener(status);
  }

  private connect(): void {
    const socket = new WebSocket(this.url);
    this.socket = socket;
    socket.addEventListener('open', () => {
      this.retryMs = FIRST_RETRY_MS;
      this.setStatus('open');
      for (const { frame, pending } of this.waiting.splice(0)) this.send(frame, pending);
    });
    socket.addEventListener('message', (message) => this.receive(message.data));
    socket.addEventListener('close', () => {
      if (this.socket !== socket) return;
      this.socket = null;
      for (const [id, pending] of this.sent) {
        this.sent.delete(id);
        pending.reject(new ConnectionLostError(pending.method));
      }
      this.setStatus('reconnecting');
      window.setTimeout(() => this.connect(), this.retryMs);
      this.retryMs = Math.min(this.retryMs * 2, MAX_RETRY_MS);
    });
  }

  private receive(data: unknown): void {
    if (typeof data !== 'string') return;
    let frame: unknown;
    try {
      frame = JSON.parse(data);
    } catch {
      return;
    }
    if (typeof frame !== 'object' || frame === null || !('type' in frame)) return;
    if (frame.type === 'result' && 'id' in frame && typeof frame.id === 'number') {
      const pending = this.sent.get(frame.id);
      if (!pending) return;
      this.sent.delete(frame.id);
      pending.resolve('envelope' in frame ? frame.envelope : undefined);
    } else if (frame.type === 'event' && 'event' in frame && typeof frame.event === 'string') {
      this.events.dispatch(frame.event, 'payload' in frame ? frame.payload : undefined);
    }
  }
}
