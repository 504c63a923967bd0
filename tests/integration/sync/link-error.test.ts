import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { LinkErrorReason, LinkState } from '../../../src/shared/model/live';
import type { LinkNote } from '../../../src/shared/model/link-note';
import { PROTOCOL_VERSION } from '../../../src/shared/protocol';
import { startSaleServer, type SaleServer } from '../../../src/sale-server/server';
import { Connection } from '../../../src/main/core/sync/connection';
import { linkErrorText, linkNoteText } from '../../../src/main/core/sync/link-error';
import { syncTuning } from '../../../src/main/core/sync/tuning';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function saleServer(): Promise<SaleServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'showdesk-link-error-'));
  const server = await startSaleServer({
    dataDir,
    token: 'right-token',
    shows: [{ showId: 'show-1' }],
    log: () => undefined,
  });
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  cleanups.push(() => server.close());
  return server;
}

/** A loopback address where nothing listens (a port taken and released again). */
async function closedUrl(): Promise<string> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

/** Connects with `token` and resolves with the first link error and what was logged for it. */
function firstError(
  url: string,
  token: string,
): Promise<{ reason: LinkErrorReason; text: string | null; logged: LinkNote[] }> {
  const logged: LinkNote[] = [];
  return new Promise((resolve) => {
    const connection: Connection = new Connection(
      {
        url,
        auth: () => ({
          token,
          showId: 'show-1',
          consoleId: 'console-1',
          protocolVersion: PROTOCOL_VERSION,
        }),
        tuning: syncTuning({ reconnect: { initialMs: 60_000, maxMs: 60_000, jitter: 0 } }),
        log: (_state: LinkState, note: LinkNote) => logged.push(note),
      },
      {
        opened: () => undefined,
        message: () => undefined,
        replied: () => undefined,
        lost: () => undefined,
        changed: () => {
          const reason = connection.lastErrorReason;
          if (reason !== null) resolve({ reason, text: connection.lastError, logged });
        },
      },
    );
    cleanups.push(() => connection.close());
    connection.start();
  });
}

describe('link errors', () => {
  it('give a refused handshake as a code with the server’s refusal, and the same in English', async () => {
    const server = await saleServer();
    const { reason, text, logged } = await firstError(server.url, 'wrong-token');
    expect(reason).toMatchObject({ code: 'refused', params: { refusal: 'bad_token' } });
    expect(text).toBe(linkErrorText(reason));
    expect(text).toMatch(/^refused: bad_token: /);
    expect(logged[0]).toEqual({ code: 'stopped', params: { error: reason } });
    expect(linkNoteText(logged[0])).toMatch(
      /^refused: bad_token: .*; not retrying until reconnected$/,
    );
  });

  it('give a server that cannot be reached as unreachable', async () => {
    const { reason, text } = await firstError(await closedUrl(), 'right-token');
    expect(reason.code).toBe('unreachable');
    expect(text).toMatch(/^cannot connect: /);
  });

  it('say each code in English as the run log did before codes', () => {
    expect(linkErrorText({ code: 'disconnected', params: { reason: 'transport close' } })).toBe(
      'disconnected: transport close',
    );
    expect(linkErrorText({ code: 'no_welcome', params: {} })).toBe('no welcome from the server');
    expect(linkErrorText({ code: 'invalid_welcome', params: {} })).toBe(
      'the server sent an invalid welcome',
    );
    expect(linkErrorText({ code: 'internal', params: { message: 'boom' } })).toBe(
      'internal error: boom',
    );
  });
});
