import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type OutgoingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebSocket } from 'ws';
import type { ServerFrame } from '../../../src/shared/api/server-frame';
import { startWebHost, type WebHost } from '../../../src/main/web/web-host';

export const PAGE_CSP = "default-src 'self'; script-src 'self'; connect-src 'self'";
export const SECRET = 'secret outside the renderer folder';

export interface Harness {
  host: WebHost;
  origin: URL;
  dataDir: string;
  dispose(): Promise<void>;
}

/**
 * A browser host on 127.0.0.1 with a real core in a fresh data folder, serving a small renderer
 * folder made for the test, next to a file that must never be served.
 */
export async function startHarness(): Promise<Harness> {
  const root = mkdtempSync(join(tmpdir(), 'showdesk-web-host-'));
  const rendererDir = join(root, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(
    join(rendererDir, 'index.html'),
    `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${PAGE_CSP}" />` +
      '<title>Showdesk</title></head><body><script type="module" src="/assets/app.js"></script></body></html>',
  );
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'export {};\n');
  writeFileSync(join(rendererDir, 'assets', 'app.css'), 'body { margin: 0; }\n');
  writeFileSync(join(root, 'secret.txt'), SECRET);
  symlinkSync(join(root, 'secret.txt'), join(rendererDir, 'assets', 'link.txt'));
  const dataDir = join(root, 'data');
  const host = await startWebHost({ dataDir, rendererDir });
  return {
    host,
    origin: new URL(new URL(host.url).origin),
    dataDir,
    dispose: async () => {
      await host.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

export interface HttpReply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw request: the path goes out exactly as written, with no normalisation of dots. */
export function get(
  origin: URL,
  path: string,
  headers: OutgoingHttpHeaders = {},
  method = 'GET',
): Promise<HttpReply> {
  return new Promise<HttpReply>((resolve, reject) => {
    const req = httpRequest(
      { host: origin.hostname, port: origin.port, path, method, headers },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/** Opens a websocket to /api, or rejects with the HTTP status the upgrade was refused with. */
export function connect(url: string, origin: string | undefined): Promise<ApiSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, origin === undefined ? {} : { origin });
    const frames = new FrameQueue(socket);
    socket.once('open', () => resolve(frames));
    socket.once('unexpected-response', (_request, response) => {
      reject(new Error(`refused with ${response.statusCode}`));
      socket.terminate();
    });
    socket.once('error', reject);
  });
}

export function apiUrl(host: WebHost, token: string | undefined): string {
  const url = new URL('/api', host.url);
  url.protocol = 'ws:';
  url.search = '';
  if (token !== undefined) url.searchParams.set('token', token);
  return url.toString();
}

export type ApiSocket = FrameQueue;

/** Collects the frames a socket receives, so a test can wait for the next one it expects. */
class FrameQueue {
  private readonly received: ServerFrame[] = [];
  private readonly waiters: (() => void)[] = [];

  constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => {
      this.received.push(JSON.parse(data.toString()) as ServerFrame);
      for (const wake of this.waiters.splice(0)) wake();
    });
  }

  send(frame: unknown): void {
    this.socket.send(typeof frame === 'string' ? frame : JSON.stringify(frame));
  }

  /** The first received frame that matches, removed from the queue once found. */
  async next(match: (frame: ServerFrame) => boolean): Promise<ServerFrame> {
    for (;;) {
      const index = this.received.findIndex(match);
      if (index >= 0) return this.received.splice(index, 1)[0] as ServerFrame;
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  result(id: number): Promise<ServerFrame> {
    return this.next((frame) => frame.type === 'result' && frame.id === id);
  }

  close(): void {
    this.socket.close();
  }
}
