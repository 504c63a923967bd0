import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { afterEach, describe, expect, it } from 'vitest';
import { Link } from '../../../src/main/core/sync/link';
import { PROTOCOL_VERSION } from '../../../src/shared/protocol';
import { waitFor } from '../../support/console-core';

const MESSAGES = 12;
const EVENTS_PER_MESSAGE = 1000;

let http: HttpServer | null = null;
let link: Link | null = null;

afterEach(async () => {
  link?.stop();
  link = null;
  await new Promise((resolve) => http?.close(resolve) ?? resolve(undefined));
  http = null;
});

/** A server that, as a replay after a cut does, sends a dozen big `events` messages at once. */
async function replayingServer(): Promise<string> {
  http = createServer();
  const io = new Server(http, { maxHttpBufferSize: 4_000_000 });
  const events = Array.from({ length: EVENTS_PER_MESSAGE }, (_, index) => ({
    seq: index + 1,
    type: 'order',
    sku: 'DURIAN',
    qty: 1,
    at: 1_700_000_000_000 + index,
  }));
  io.on('connection', (socket) => {
    for (let i = 0; i < MESSAGES; i += 1) socket.emit('events', { events });
  });
  await new Promise<void>((resolve) => http?.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
}

describe('the link during a replay', () => {
  it('hands on one message per turn of the event loop, so the API answers between them', async () => {
    const url = await replayingServer();
    let received = 0;
    let sinceLastTurn = 0;
    let mostInOneTurn = 0;
    let sampling = true;
    const sample = () => {
      mostInOneTurn = Math.max(mostInOneTurn, sinceLastTurn);
      sinceLastTurn = 0;
      if (sampling) setImmediate(sample);
    };
    link = new Link(
      {
        url,
        auth: () => ({
          token: 'token',
          showId: 'show-1',
          consoleId: 'console-1',
          protocolVersion: PROTOCOL_VERSION,
        }),
        backoff: { initialMs: 100, maxMs: 250, jitter: 0, immediateFirst: true },
        connectTimeoutMs: 10_000,
      },
      {
        open: () => setImmediate(sample),
        message: (name) => {
          if (name !== 'events') return;
          received += 1;
          sinceLastTurn += 1;
        },
        down: () => undefined,
        refused: () => undefined,
      },
    );
    link.start();
    await waitFor(() => received === MESSAGES, 'every replay message', 60_000);
    sampling = false;
    sample();
    expect(mostInOneTurn).toBe(1);
  });
});
