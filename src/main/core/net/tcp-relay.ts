import net, { type AddressInfo } from 'node:net';

interface Pair {
  client: net.Socket;
  upstream: net.Socket;
  /** Whether the server's bytes flow to the client (see holdDownstream). */
  piped: boolean;
}

/**
 * A TCP relay on 127.0.0.1 to one target, for cutting a link for real: the rehearsal puts it
 * between the console's link and the in-process sale server (the crowd connects directly and
 * keeps buying), tests put it in front of servers. `cut()` drops every open connection, `block()`
 * also refuses new ones until `unblock()`, `holdDownstream()` keeps the server's bytes from the
 * client until `releaseDownstream()`. It counts the connections it accepted and the bytes that
 * went through, both ways.
 */
export class TcpRelay {
  private readonly server: net.Server;
  private readonly pairs = new Set<Pair>();
  private blocked = false;
  private held = false;
  private listeningPort = 0;
  private acceptedCount = 0;
  private relayedWaiters: (() => void)[] = [];
  private closedBytes = 0;

  private constructor(
    private targetPort: number,
    private readonly targetHost: string,
  ) {
    this.server = net.createServer((client) => this.accept(client));
  }

  static async start(targetPort: number, targetHost = '127.0.0.1'): Promise<TcpRelay> {
    const relay = new TcpRelay(targetPort, targetHost);
    await new Promise<void>((resolve, reject) => {
      relay.server.once('error', reject);
      relay.server.listen(0, '127.0.0.1', () => {
        relay.server.off('error', reject);
        relay.listeningPort = (relay.server.address() as AddressInfo).port;
        resolve();
      });
    });
    return relay;
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

  /** Connections accepted so far (including those refused while blocked). */
  get accepted(): number {
    return this.acceptedCount;
  }

  /** Connections open now. */
  get open(): number {
    return this.pairs.size;
  }

  /** Bytes relayed so far, both ways. */
  get bytes(): number {
    let bytes = this.closedBytes;
    for (const { client, upstream } of this.pairs) bytes += client.bytesRead + upstream.bytesRead;
    return bytes;
  }

  /** Resolves when the next connection is let through (not refused while blocked). */
  nextRelayed(): Promise<void> {
    return new Promise((resolve) => this.relayedWaiters.push(resolve));
  }

  /** Sends new connections to another port (open ones stay where they are). */
  setTarget(port: number): void {
    this.targetPort = port;
  }

  /** Drops every open connection (new ones are accepted unless blocked). */
  cut(): void {
    for (const pair of [...this.pairs]) this.drop(pair);
  }

  block(): void {
    this.blocked = true;
    this.cut();
  }

  unblock(): void {
    this.blocked = false;
  }

  /**
   * Keeps the server's bytes from the clients until `releaseDownstream()`, on new connections too;
   * with `onlyOpen`, only on the connections open now, as when their peer is gone without closing
   * (a new connection takes another path and flows).
   */
  holdDownstream({ onlyOpen = false } = {}): void {
    if (!onlyOpen) this.held = true;
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
    this.block();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private drop(pair: Pair): void {
    if (!this.pairs.delete(pair)) return;
    this.closedBytes += pair.client.bytesRead + pair.upstream.bytesRead;
    pair.client.destroy();
    pair.upstream.destroy();
  }

  private accept(client: net.Socket): void {
    this.acceptedCount += 1;
    if (this.blocked) {
      client.destroy();
      return;
    }
    for (const resolve of this.relayedWaiters.splice(0)) resolve();
    const upstream = net.connect(this.targetPort, this.targetHost);
    const pair: Pair = { client, upstream, piped: false };
    this.pairs.add(pair);
    for (const socket of [client, upstream]) {
      socket.on('error', () => this.drop(pair));
      socket.on('close', () => this.drop(pair));
    }
    client.pipe(upstream);
    if (!this.held) {
      upstream.pipe(client);
      pair.piped = true;
    }
  }
}
