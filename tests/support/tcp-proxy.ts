import net from 'node:net';

export type ProxyMode = 'forward' | 'refuse' | 'stall';

export interface TcpProxy {
  /** The port tests connect to instead of the target's. */
  port: number;
  /** http://127.0.0.1:port, for socket.io clients. */
  url: string;
  readonly mode: ProxyMode;
  /** Connections currently open through the proxy. */
  readonly openConnections: number;
  /** Connections accepted and forwarded since start. */
  readonly acceptedConnections: number;
  /** Drops every open connection at once (both sides see the socket close). */
  cutAll(): void;
  /** New connections are closed at once; open ones keep going. */
  refuse(): void;
  /** Open and new connections stop moving bytes (held, not lost) until `resume`. */
  stall(): void;
  /** Back to forwarding: accepts new connections and releases stalled ones. */
  resume(): void;
  /** Points new connections at another port (a restarted server). */
  setTarget(port: number, host?: string): void;
  close(): Promise<void>;
}

interface Pair {
  client: net.Socket;
  upstream: net.Socket;
  stalled: boolean;
}

/**
 * A TCP proxy on 127.0.0.1 that a test controls, for cutting, refusing and stalling the link
 * between a console and its sale server on purpose.
 */
export async function startTcpProxy(options: {
  targetPort: number;
  targetHost?: string;
}): Promise<TcpProxy> {
  let target = { port: options.targetPort, host: options.targetHost ?? '127.0.0.1' };
  let mode: ProxyMode = 'forward';
  let accepted = 0;
  const pairs = new Set<Pair>();

  // Unpipe before pausing: a piped stream may be resumed by its destination draining.
  const pause = (pair: Pair) => {
    if (pair.stalled) return;
    pair.stalled = true;
    pair.client.unpipe(pair.upstream);
    pair.upstream.unpipe(pair.client);
    pair.client.pause();
    pair.upstream.pause();
  };
  const connect = (pair: Pair) => {
    pair.stalled = false;
    pair.client.pipe(pair.upstream);
    pair.upstream.pipe(pair.client);
  };

  const cutAll = () => {
    for (const pair of [...pairs]) {
      pair.client.destroy();
      pair.upstream.destroy();
      pairs.delete(pair);
    }
  };

  const server = net.createServer((client) => {
    if (mode === 'refuse') {
      client.destroy();
      return;
    }
    accepted += 1;
    const upstream = net.connect(target.port, target.host);
    const pair: Pair = { client, upstream, stalled: false };
    pairs.add(pair);
    const drop = () => {
      client.destroy();
      upstream.destroy();
      pairs.delete(pair);
    };
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
    if (mode === 'stall') pause(pair);
    else connect(pair);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as net.AddressInfo).port;

  return {
    port,
    url: `http://127.0.0.1:${port}`,
    get mode() {
      return mode;
    },
    get openConnections() {
      return pairs.size;
    },
    get acceptedConnections() {
      return accepted;
    },
    cutAll,
    refuse() {
      mode = 'refuse';
    },
    stall() {
      mode = 'stall';
      pairs.forEach(pause);
    },
    resume() {
      mode = 'forward';
      for (const pair of pairs) if (pair.stalled) connect(pair);
    },
    setTarget(newPort, host = target.host) {
      target = { port: newPort, host };
    },
    close() {
      cutAll();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
