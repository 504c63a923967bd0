import { BRIDGE_GLOBAL, type ConsoleBridge, type RawBridge } from '../../../shared/api/bridge';
import type { ConnectionStatusSource } from '../../../shared/api/connection-status';
import { coalesceReads } from './logic/coalesced-reads';
import { consoleBridgeFromRaw } from './logic/raw-bridge';
import { WebSocketBridge, webApiUrl } from './web-socket-bridge';
import { takeWebToken } from './web-token';

export interface Transport {
  bridge: ConsoleBridge;
  connection: ConnectionStatusSource;
}

function isRawBridge(value: unknown): value is RawBridge {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as RawBridge).invoke === 'function' &&
    typeof (value as RawBridge).subscribe === 'function' &&
    typeof (value as RawBridge).status === 'function' &&
    typeof (value as RawBridge).onStatus === 'function'
  );
}

/**
 * The Electron preload's bridge (over the window's own port to the core) when there is one,
 * otherwise the browser host's websocket, each with identical reads under way shared. Without a
 * token the socket still tries: the host may know this browser by its token cookie.
 */
export function createTransport(): Transport {
  const raw: unknown = Reflect.get(window, BRIDGE_GLOBAL);
  if (isRawBridge(raw)) {
    const connection: ConnectionStatusSource = {
      get status() {
        return raw.status();
      },
      onStatus: (listener) => raw.onStatus(listener),
    };
    return { bridge: coalesceReads(consoleBridgeFromRaw(raw)), connection };
  }
  const token = takeWebToken();
  const socket = new WebSocketBridge(webApiUrl(window.location, token));
  return { bridge: coalesceReads(socket), connection: socket };
}
