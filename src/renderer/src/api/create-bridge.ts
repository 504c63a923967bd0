import { BRIDGE_GLOBAL, type ConsoleBridge, type RawBridge } from '../../../shared/api/bridge';
import type { ConnectionStatusSource } from './connection-status';
import { consoleBridgeFromRaw } from './raw-bridge';
import { WebSocketBridge, webApiUrl } from './web-socket-bridge';
import { takeWebToken } from './web-token';

export interface Transport {
  bridge: ConsoleBridge;
  connection: ConnectionStatusSource;
}

const alwaysOpen: ConnectionStatusSource = {
  status: 'open',
  onStatus: () => () => undefined,
};

function isRawBridge(value: unknown): value is RawBridge {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as RawBridge).invoke === 'function' &&
    typeof (value as RawBridge).subscribe === 'function'
  );
}

/**
 * The Electron preload's bridge when there is one, otherwise the browser host's websocket. Without
 * a token the socket still tries: the host may know this browser by its token cookie.
 */
export function createTransport(): Transport {
  const raw: unknown = Reflect.get(window, BRIDGE_GLOBAL);
  if (isRawBridge(raw)) return { bridge: consoleBridgeFromRaw(raw), connection: alwaysOpen };
  const token = takeWebToken();
  const socket = new WebSocketBridge(webApiUrl(window.location, token));
  return { bridge: socket, connection: socket };
}
