import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerFrame } from '../../../src/shared/api/server-frame';
import { apiUrl, connect, startHarness, type ApiSocket, type Harness } from './web-host-harness';

let harness: Harness;
let socket: ApiSocket;
beforeAll(async () => {
  harness = await startHarness();
  socket = await connect(apiUrl(harness.host, harness.host.token), harness.origin.origin);
});
afterAll(async () => {
  socket.close();
  await harness.dispose();
});

function envelopeOf(frame: ServerFrame): unknown {
  if (frame.type !== 'result') throw new Error(`expected a result, got ${frame.type}`);
  return frame.envelope;
}

describe('browser host websocket: who may connect', () => {
  it('refuses an upgrade without the token', async () => {
    await expect(connect(apiUrl(harness.host, undefined), harness.origin.origin)).rejects.toThrow(
      'refused with 403',
    );
  });

  it('refuses an upgrade with a wrong token', async () => {
    await expect(connect(apiUrl(harness.host, 'wrong'), harness.origin.origin)).rejects.toThrow(
      'refused with 403',
    );
  });

  it.each([
    ['a foreign site', 'http://evil.example'],
    ['another port on the same host', 'http://127.0.0.1:1'],
    ['a look-alike host', 'http://127.0.0.1.evil.example'],
    ['an opaque origin', 'null'],
    ['no Origin header', undefined],
  ])('refuses an upgrade from %s', async (_label, origin) => {
    await expect(connect(apiUrl(harness.host, harness.host.token), origin)).rejects.toThrow(
      'refused with 403',
    );
  });

  it('refuses an upgrade on another path', async () => {
    const url = apiUrl(harness.host, harness.host.token).replace('/api', '/other');
    await expect(connect(url, harness.origin.origin)).rejects.toThrow('refused with 403');
  });
});

describe('browser host websocket: the console API', () => {
  it('answers a valid invoke with the envelope of the core', async () => {
    socket.send({ type: 'invoke', id: 1, method: 'app.info', input: {} });
    const envelope = envelopeOf(await socket.result(1));
    expect(envelope).toMatchObject({
      ok: true,
      value: { transport: 'web', dataDir: harness.dataDir },
    });
  });

  it('reports invalid input as invalid_input with the issues', async () => {
    socket.send({ type: 'invoke', id: 2, method: 'show.create', input: { name: '' } });
    const envelope = envelopeOf(await socket.result(2));
    expect(envelope).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [expect.objectContaining({ path: ['name'] })] },
    });
  });

  it('treats an invoke without input as an empty input', async () => {
    socket.send({ type: 'invoke', id: 8, method: 'show.list' });
    expect(envelopeOf(await socket.result(8))).toMatchObject({ ok: true });
  });

  it('reports an unknown method', async () => {
    socket.send({ type: 'invoke', id: 3, method: 'nope.nothing', input: {} });
    expect(envelopeOf(await socket.result(3))).toMatchObject({
      ok: false,
      error: { code: 'unknown_method' },
    });
  });

  it('answers a frame that is not JSON with an error result and keeps working', async () => {
    socket.send('this is not json');
    expect(envelopeOf(await socket.result(-1))).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: 'Frame is not valid JSON' },
    });
    socket.send({ type: 'invoke', id: 4, method: 'show.list', input: {} });
    expect(envelopeOf(await socket.result(4))).toMatchObject({ ok: true });
  });

  it('answers a frame of the wrong shape under the id it carried', async () => {
    socket.send({ type: 'invoke', id: 5, method: 42, input: {} });
    expect(envelopeOf(await socket.result(5))).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [expect.objectContaining({ path: ['method'] })] },
    });
    socket.send({ type: 'subscribe', what: 'everything' });
    expect(envelopeOf(await socket.result(-1))).toMatchObject({ ok: false });
    socket.socket.send(Buffer.from([1, 2, 3]), { binary: true });
    expect(envelopeOf(await socket.result(-1))).toMatchObject({ ok: false });
    socket.send({ type: 'invoke', id: 6, method: 'app.info', input: {} });
    expect(envelopeOf(await socket.result(6))).toMatchObject({ ok: true });
  });

  it('pushes core events to every connected socket', async () => {
    const second = await connect(apiUrl(harness.host, harness.host.token), harness.origin.origin);
    try {
      socket.send({
        type: 'invoke',
        id: 7,
        method: 'show.create',
        input: { name: 'Night market' },
      });
      expect(envelopeOf(await socket.result(7))).toMatchObject({ ok: true });
      const isShowsChanged = (frame: ServerFrame) =>
        frame.type === 'event' && frame.event === 'shows.changed';
      expect(await socket.next(isShowsChanged)).toEqual({
        type: 'event',
        event: 'shows.changed',
        payload: {},
      });
      expect(await second.next(isShowsChanged)).toMatchObject({ event: 'shows.changed' });
    } finally {
      second.close();
    }
  });
});
