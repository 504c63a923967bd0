import type { ApiEventName, ApiEvents } from './contract';
import {
  ConnectionLostError,
  type ConnectionStatus,
  type ConnectionStatusSource,
} from './connection-status';
import { EventListeners } from './event-listeners';
import { readServerFrame } from './server-frame';
import type { ClientFrame } from './web-wire';
import type { WirePort } from './wire-port';

interface Pending {
  method: string;
  resolve: (envelope: unknown) => void;
  reject: (error: Error) => void;
}

/**
 * The calling side of the console API's wire over whichever port is attached: ids for invokes,
 * their results back as envelopes, pushed events to subscribers. Invokes made while no port is
 * attached wait for the next one; invokes already sent when the port is lost are rejected with
 * ConnectionLostError, since their answers can never arrive. Status is 'connecting' until the
 * first port, 'reconnecting' between ports, so a window knows to resync after a gap.
 */
export class WireClient implements ConnectionStatusSource {
  private port: WirePort | null = null;
  private nextId = 1;
  private readonly sent = new Map<number, Pending>();
  private readonly waiting: { frame: ClientFrame; pending: Pending }[] = [];
  private readonly events = new EventListeners();
  private readonly statusListeners = new Set<(status: ConnectionStatus) => void>();
  private currentStatus: ConnectionStatus = 'connecting';

  get status(): ConnectionStatus {
    return this.currentStatus;
  }

  onStatus(listener: (status: ConnectionStatus) => void): () => void {
    this.statusListeners.add(listener);
    return () => {
      this.statusListeners.delete(listener);
    };
  }

  /** Resolves with the call's envelope, unwrapped by the caller. */
  invoke(method: string, input: unknown): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const frame: ClientFrame = { type: 'invoke', id: this.nextId++, method, input };
      const pending = { method, resolve, reject };
      if (this.port === null) this.waiting.push({ frame, pending });
      else this.send(this.port, frame, pending);
    });
  }

  subscribe<E extends ApiEventName>(
    event: E,
    listener: (payload: ApiEvents[E]) => void,
  ): () => void {
    return this.events.add(event, listener);
  }

  /** Uses `port` from now on (closing the one before) and sends the calls that waited. */
  attach(port: WirePort): void {
    this.lose();
    this.port = port;
    port.listen((frame) => {
      if (this.port === port) this.receive(frame);
    });
    port.onClose(() => {
      if (this.port === port) this.detach();
    });
    this.setStatus('open');
    for (const { frame, pending } of this.waiting.splice(0)) this.send(port, frame, pending);
  }

  /** The port is gone or never came (the core stopped, the socket closed): calls wait. */
  detach(): void {
    this.lose();
    this.setStatus('reconnecting');
  }

  private lose(): void {
    const port = this.port;
    if (port === null) return;
    this.port = null;
    port.close();
    for (const [id, pending] of this.sent) {
      this.sent.delete(id);
      pending.reject(new ConnectionLostError(pending.method));
    }
  }

  private send(port: WirePort, frame: ClientFrame, pending: Pending): void {
    this.sent.set(frame.id, pending);
    port.post(frame);
  }

  private setStatus(status: ConnectionStatus): void {
    if (status === this.currentStatus) return;
    this.currentStatus = status;
    for (const listener of this.statusListeners) listener(status);
  }

  private receive(value: unknown): void {
    const frame = readServerFrame(value);
    if (frame === null) return;
    if (frame.type === 'result') {
      const pending = this.sent.get(frame.id);
      if (pending === undefined) return;
      this.sent.delete(frame.id);
      pending.resolve(frame.envelope);
    } else {
      this.events.dispatch(frame.event, frame.payload);
    }
  }
}
