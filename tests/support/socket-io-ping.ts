import type { SalePing } from '../../src/sale-server/server';

/**
 * socket.io's own ping (25 s + 20 s), which the reference server ran before it pinged every 5 s:
 * for tests that stall a console's link on purpose (a relay holding the server's bytes) for longer
 * than the reference server's ping would keep the connection, so that what they see is the
 * console's own doing and not the server dropping the silent connection.
 */
export const SOCKET_IO_PING: SalePing = { pingIntervalMs: 25_000, pingTimeoutMs: 20_000 };
