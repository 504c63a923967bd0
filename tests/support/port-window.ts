import { MessageChannel, type MessagePort } from 'node:worker_threads';
import type { ApiInput, ApiMethod, ApiResult } from '../../src/shared/api/contract';
import type { ConnectionStatus } from '../../src/shared/api/connection-status';
import { WireClient } from '../../src/shared/api/wire-client';
import type { WirePort } from '../../src/shared/api/wire-port';
import type { PortWindow } from '../../src/main/shell/window-ports';
import { unwrapEnvelope } from '../../src/renderer/src/api/logic/envelope';

/** A worker_threads MessagePort (Electron's ports behave alike) as a port of the wire. */
export function nodeWirePort(port: MessagePort): WirePort {
  return {
    post: (frame) => port.postMessage(frame),
    listen: (listener) => port.on('message', listener),
    onClose: (listener) => port.on('close', listener),
    close: () => port.close(),
  };
}

/** A new channel as the shell opens one per window, from worker_threads. */
export function openNodeChannel(): { window: MessagePort; core: MessagePort } {
  const { port1, port2 } = new MessageChannel();
  return { window: port1, core: port2 };
}

/**
 * A console window under Node: what the shell sees of it (PortWindow) and what its preload does
 * with the ports it is given (the same WireClient). Records every connection status it went
 * through.
 */
export class TestWindow implements PortWindow<MessagePort> {
  readonly client = new WireClient();
  readonly statuses: ConnectionStatus[] = [];
  ports = 0;
  destroyed = false;

  constructor() {
    this.client.onStatus((status) => this.statuses.push(status));
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  givePort(port: MessagePort): void {
    this.ports += 1;
    this.client.attach(nodeWirePort(port));
  }

  tellCoreStopped(): void {
    this.client.detach();
  }

  async call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiResult<M>> {
    return unwrapEnvelope<ApiResult<M>>(await this.client.invoke(method, input));
  }
}
