import net from 'node:net';
import type { AddressInfo } from 'node:net';

interface Pair {
  client: net.Socket;
  upstream: net.Socket;
  piped: boolean;
}

/**
 * A TCP proxy on 127.0.0.1 that a test controls, to cut connections for real: `cut()` drops every
 * open connection, `block()` also refuses new ones until `unblock()`, and `holdDownstream()`
 * keeps the server's bytes from reaching the client (they flow again on `releaseDownstream()`).
 */
export class TcpProxy {
  private readonly server: net.Server;
  private readonly pairs = new Set<Pair>();
  private blocked = false;
  private held = false;
  private connections = 0;

  private constructor(
    private targetPort: number,
    private readonly targetHost: string,
  ) {
    this.server = net.createServer((client) => this.accept(client));
  }

  static async start(targetPort: number, targetHost = '127.0.0.1'): Promise<TcpProxy> {
    const proxy = new TcpProxy(targetPort, targetHost);
    await new Promise<void>((resolve, reject) => {
      proxy.server.once('error', reject);
      proxy.server.listen(0, '127.0.0.1', () => resolve());
    });
    return proxy;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Connections accepted so far (including refused ones while blocked). */
  get accepted(): number {
    return this.connections;
  }

  get open(): number {
    return this.pairs.size;
  }

  setTarget(port: number): void {
    this.targetPort = port;
  }

  /** Drops every open connection (new ones are accepted unless blocked). */
  cut(): void {
    for (const pair of this.pairs) {
      pair.client.destroy();
      pair.upstream.destroy();
    }
    this.pairs.clear();
  }

  block(): void {
    this.blocked = true;
    this.cut();
  }

  unblock(): void {
    this.blocked = false;
  }

  holdDownstream(): void {
    this.held = true;
    for (const pair of this.pairs) {
      if (!pair.piped) continue;
      pair.upstream.unpipe(pair.client);
      pair.upstream.pause();
      pair.piped = false;
    }
  }

  releaseDownstream(): void {
    this.held = false;
    for (const pair of this.pairs) {
      if (pair.piped) continue;
      pair.upstream.pipe(pair.client);
      pair.piped = true;
    }
  }

  async close(): Promise<void> {
    this.cut();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(client: net.Socket): void {
    this.connections += 1;
    if (this.blocked) {
      client.destroy();
      return;
    }
    const upstream = net.connect(this.targetPort, this.targetHost);
    const pair: Pair = { client, upstream, piped: false };
    this.pairs.add(pair);
    const drop = () => {
      client.destroy();
      upstream.destroy();
      this.pairs.delete(pair);
    };
    client.on('error', drop);
    upstream.on('error', drop);
    client.on('close', drop);
    upstream.on('close', drop);
    client.pipe(upstream);
    if (!this.held) {
      upstream.pipe(client);
      pair.piped = true;
    }
  }
}
