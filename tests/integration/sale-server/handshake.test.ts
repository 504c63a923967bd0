import { describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '../../../src/shared/protocol';
import {
  TEST_LINEUP,
  TEST_SHOW,
  TEST_TOKEN,
  useSaleServers,
  startedShow,
} from '../../support/sale-server';
import { TestConsole } from '../../support/test-console';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs('sale-server-');
const startServer = useSaleServers();

describe('sale server handshake', () => {
  it('refuses a bad token with a clear reason', async () => {
    const { server } = await startServer(tempDir());
    const refusal = await TestConsole.refusal({
      url: server.url,
      token: 'wrong',
      showId: TEST_SHOW,
    });
    expect(refusal.code).toBe('bad_token');
    expect(refusal.message).toMatch(/token/);
  });

  it('refuses another protocol version and names its own', async () => {
    const { server } = await startServer(tempDir());
    const refusal = await TestConsole.refusal({
      url: server.url,
      token: TEST_TOKEN,
      showId: TEST_SHOW,
      protocolVersion: PROTOCOL_VERSION + 1,
    });
    expect(refusal).toMatchObject({ code: 'bad_version', serverVersion: PROTOCOL_VERSION });
  });

  it('agrees to the offered additions it implements and ignores unknown ones', async () => {
    const { console: connect } = await startServer(tempDir(), { features: ['alpha', 'beta'] });
    const offered = await connect({ features: ['beta', 'not-a-feature'] });
    expect(offered.welcome?.features).toEqual(['beta']);
    const none = await connect();
    expect(none.welcome).not.toHaveProperty('features');
  });

  it('sends no features to a console that offers some when it implements none', async () => {
    const { console: connect } = await startServer(tempDir(), { features: [] });
    const client = await connect({ features: ['alpha'] });
    expect(client.welcome).not.toHaveProperty('features');
  });

  it('sends heartbeats with its time and last seq to a console that agreed to them', async () => {
    const { console: connect } = await startServer(tempDir(), { heartbeatMs: 50 });
    const beating = await connect({ features: ['heartbeat'] });
    expect(beating.welcome?.features).toEqual(['heartbeat']);
    const quiet = await connect();
    await beating.command({ commandId: 'c-hb', type: 'pin', sku: 'DURIAN' });
    await beating.until(() => beating.heartbeats.some((beat) => beat.seq === beating.lastSeq));
    const beat = beating.heartbeats.at(-1);
    expect(beat?.seq).toBe(beating.lastSeq);
    expect(beat?.serverTime).toBeGreaterThanOrEqual(beating.welcomed.serverTime);
    expect(beating.log.indexOf('events')).toBeLessThan(beating.log.lastIndexOf('heartbeat'));
    await quiet.until(() => quiet.events.length > 0);
    expect(quiet.log).not.toContain('heartbeat');
  });

  it('refuses an unknown show and a malformed handshake', async () => {
    const { server } = await startServer(tempDir());
    const unknown = await TestConsole.refusal({
      url: server.url,
      token: TEST_TOKEN,
      showId: 'no-such-show',
    });
    expect(unknown.code).toBe('unknown_show');
    const malformed = await TestConsole.refusal({
      url: server.url,
      token: TEST_TOKEN,
      showId: 'bad show id!',
    });
    expect(malformed.code).toBe('invalid_handshake');
  });

  it('welcomes with the protocol version, server time, show state and a full snapshot', async () => {
    const { server, console: connect } = await startServer(tempDir());
    const client = await connect();
    const clock = await client.clock();
    const welcome = client.welcome;

    expect(welcome).toMatchObject({
      protocolVersion: PROTOCOL_VERSION,
      showId: TEST_SHOW,
      state: 'planned',
      seq: TEST_LINEUP.length,
      snapshot: {
        products: TEST_LINEUP.map((product) => ({ ...product, sold: 0, flashSale: null })),
        pin: { sku: null, until: null },
        viewers: 0,
      },
    });
    expect(welcome?.serverTime).toBeLessThanOrEqual(clock.serverTime);
    expect(client.log[0]).toBe('welcome');
    expect(server.inspect(TEST_SHOW).snapshot).toEqual(welcome?.snapshot);
  });

  it('gives the welcome the seq its snapshot is valid at, after changes', async () => {
    const {
      server,
      producer,
      console: connect,
    } = await startedShow(startServer(tempDir()), { consoleId: 'producer' });
    await producer.command({ type: 'pin', commandId: 'pin-1', sku: 'RICE' });
    const host = await connect({ consoleId: 'host' });

    expect(host.welcome?.seq).toBe(server.inspect(TEST_SHOW).seq);
    expect(host.welcome?.state).toBe('live');
    expect(host.welcome?.snapshot.pin).toEqual({ sku: 'RICE', until: null });
  });
});
