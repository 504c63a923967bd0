import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { PROTOCOL_VERSION } from '../../../src/shared/protocol';
import { DEFAULT_PING } from '../../../src/sale-server/server';
import { waitFor } from '../../support/console-core';
import { TEST_SHOW, TEST_TOKEN, useSaleServers } from '../../support/sale-server';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs('sale-server-ping-');
const startServer = useSaleServers();

interface SilentConsole {
  /** The ping engine.io's open packet announced. */
  ping: { pingInterval: number; pingTimeout: number };
  /** Resolves when the server closes the connection. */
  closed: Promise<void>;
}

/**
 * A console on a WebSocket of its own (engine.io 4 and socket.io 5 spoken by hand) that connects
 * to the consoles' namespace and then never sends another byte nor closes: a peer gone silent, as
 * when its machine lost the network. Only the server's ping can find it.
 */
function silentConsole(port: number, consoleId: string): Promise<SilentConsole> {
  const socket = new WebSocket(`ws://127.0.0.1:${port}/socket.io/?EIO=4&transport=websocket`);
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  return new Promise((resolve, reject) => {
    let ping: SilentConsole['ping'] | null = null;
    socket.once('error', reject);
    socket.on('message', (data: Buffer) => {
      const text = data.toString('utf8');
      if (ping === null && text.startsWith('0')) {
        ping = JSON.parse(text.slice(1)) as SilentConsole['ping'];
        const auth = {
          token: TEST_TOKEN,
          showId: TEST_SHOW,
          consoleId,
          protocolVersion: PROTOCOL_VERSION,
        };
        socket.send(`40${JSON.stringify(auth)}`);
      } else if (ping !== null && text.startsWith('40')) {
        // Connected: from now on the engine's pings ("2") go unanswered.
        resolve({ ping, closed });
      }
    });
  });
}

describe('the reference sale server’s ping', { timeout: 30_000 }, () => {
  it('announces 5 s + 5 s, not socket.io’s 25 s + 20 s', async () => {
    const { server } = await startServer(tempDir());
    const peer = await silentConsole(server.port, 'announced');
    expect(peer.ping).toMatchObject({ pingInterval: 5000, pingTimeout: 5000 });
    expect(DEFAULT_PING).toEqual({ pingIntervalMs: 5000, pingTimeoutMs: 5000 });
  });

  it('takes the ping it is given', async () => {
    const { server } = await startServer(tempDir(), { pingIntervalMs: 700, pingTimeoutMs: 300 });
    const peer = await silentConsole(server.port, 'given');
    expect(peer.ping).toMatchObject({ pingInterval: 700, pingTimeout: 300 });
  });

  it('drops a console gone silent without closing within its ping (it stayed up to 45 s)', async () => {
    const { server, logs } = await startServer(tempDir());
    const peer = await silentConsole(server.port, 'gone');
    await waitFor(
      () => logs.some((entry) => entry.msg === 'console connected' && entry.consoleId === 'gone'),
      'the console to be connected',
    );
    const { pingIntervalMs, pingTimeoutMs } = DEFAULT_PING;
    // It never pongs: dropped at most interval + timeout after it connected (the margin is for a
    // loaded machine's timers, far under socket.io's 45 s).
    await waitFor(
      () =>
        logs.some(
          (entry) =>
            entry.msg === 'console disconnected' &&
            entry.consoleId === 'gone' &&
            entry.reason === 'ping timeout',
        ),
      'the server to drop the silent console for its ping',
      pingIntervalMs + pingTimeoutMs + 5000,
    );
    await peer.closed;
  });
});
