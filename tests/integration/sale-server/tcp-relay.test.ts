import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { TcpRelay } from '../../../src/main/core/net/tcp-relay';

/** A TCP echo server on 127.0.0.1. */
async function startEcho(): Promise<{ port: number; close: () => Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    socket.pipe(socket);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    close: () =>
      new Promise((resolve) => {
        sockets.forEach((socket) => socket.destroy());
        server.close(() => resolve());
      }),
  };
}

/** Connects through the proxy; resolves with the socket once the connection is up. */
function dial(port: number): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => resolve(socket));
    socket.once('error', reject);
  });
}

function echo(socket: net.Socket, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let received = '';
    const onData = (chunk: Buffer) => {
      received += chunk.toString('utf8');
      if (received.length >= text.length) {
        socket.off('data', onData);
        resolve(received);
      }
    };
    socket.on('data', onData);
    socket.once('error', reject);
    socket.write(text);
  });
}

function closed(socket: net.Socket): Promise<void> {
  return new Promise((resolve) => {
    if (socket.destroyed) resolve();
    else socket.once('close', () => resolve());
  });
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

async function setup(): Promise<{
  proxy: TcpRelay;
  echoServer: Awaited<ReturnType<typeof startEcho>>;
}> {
  const echoServer = await startEcho();
  const proxy = await TcpRelay.start(echoServer.port);
  cleanups.push(
    () => proxy.close(),
    () => echoServer.close(),
  );
  return { proxy, echoServer };
}

describe('test TCP proxy', () => {
  it('forwards bytes both ways', async () => {
    const { proxy } = await setup();
    const socket = await dial(proxy.port);
    expect(await echo(socket, 'hello')).toBe('hello');
    expect(proxy.open).toBe(1);
    socket.destroy();
  });

  it('cuts every open connection at once', async () => {
    const { proxy } = await setup();
    const sockets = await Promise.all([dial(proxy.port), dial(proxy.port)]);
    await Promise.all(sockets.map((socket) => echo(socket, 'x')));
    proxy.cut();
    await Promise.all(sockets.map(closed));
    expect(proxy.open).toBe(0);
  });

  it('refuses new connections while blocked, and accepts them again when unblocked', async () => {
    const { proxy } = await setup();
    const open = await dial(proxy.port);
    proxy.block();
    await closed(open);
    const refused = await dial(proxy.port);
    await closed(refused);
    expect(proxy.open).toBe(0);
    proxy.unblock();
    const again = await dial(proxy.port);
    expect(await echo(again, 'back')).toBe('back');
    expect(proxy.accepted).toBe(3);
    again.destroy();
  });

  it('holds the server side bytes and delivers them on release', async () => {
    const { proxy } = await setup();
    const socket = await dial(proxy.port);
    proxy.holdDownstream();
    let received = '';
    socket.on('data', (chunk: Buffer) => (received += chunk.toString('utf8')));
    const reply = echo(socket, 'held');
    await new Promise((resolve) => setImmediate(resolve));
    expect(received).toBe('');
    proxy.releaseDownstream();
    expect(await reply).toBe('held');
    socket.destroy();
  });

  it('sends new connections to a new target', async () => {
    const { proxy } = await setup();
    const other = await startEcho();
    cleanups.push(() => other.close());
    proxy.setTarget(other.port);
    const socket = await dial(proxy.port);
    expect(await echo(socket, 'moved')).toBe('moved');
    socket.destroy();
  });
});
