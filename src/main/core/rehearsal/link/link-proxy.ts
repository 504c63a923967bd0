import net, { type AddressInfo } from 'node:net';

interface Pair {
  client: net.Socket;
  upstream: net.Socket;
}

/**
 * A TCP relay on 127.0.0.1 between the console's link and the in-process rehearsal server, so a
 * rehearsal can cut the console's link for real: `block()` drops every connection and refuses new
 * ones until `unblock()`. The crowd connects to the server directly and keeps buying meanwhile.
 * It forwards only to the port it was made for, on loopback.
 */
export class LinkProxy {
  private readonly server: net.Server;
  private readonly pairs = new Set<Pair>();
  private blocked = false;
  private listeningPort = 0;

  private constructor(private readonly targetPort: number) {
    this.server = net.createServer((client) => this.accept(client));
  }

  static async start(targetPort: number): Promise<LinkProxy> {
    const proxy = new LinkProxy(targetPort);
    await new Promise<void>((resolve, reject) => {
      proxy.server.once('error', reject);
      proxy.server.listen(0, '127.0.0.1', () => {
        proxy.server.off('error', reject);
        proxy.listeningPort = (proxy.server.address() as AddressInfo).port;
        resolve();
      });
    });
    return proxy;
  }

  /** The port it listens on (kept after closing). */
  get port(): number {
    return this.listeningPort;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get isBlocked(): boolean {
    return this.blocked;
  }

  block(): void {
    this.blocked = true;
    for (const pair of this.pairs) {
      pair.client.destroy();
      pair.upstream.destroy();
    }
    this.pairs.clear();
  }

  unblock(): void {
    this.blocked = false;
  }

  async close(): Promise<void> {
    this.block();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(client: net.Socket): void {
    if (this.blocked) {
      client.destroy();
      return;
    }
    const upstream = net.connect(this.targetPort, '127.0.0.1');
    const pair: Pair = { client, upstream };
    this.pairs.add(pair);
    const drop = () => {
      client.destroy();
      upstream.destroy();
      this.pairs.delete(pair);
    };
    for (const socket of [client, upstream]) {
      socket.on('error', drop);
      socket.on('close', drop);
    }
    client.pipe(upstream);
    upstream.pipe(client);
  }
}
