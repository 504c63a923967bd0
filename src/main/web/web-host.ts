import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { WEB_API_PATH, WEB_TOKEN_PARAM } from '../../shared/api/web-wire';
import type { Core, CoreOptions } from '../core/core';
import { createCore as createRealCore } from '../core/create-core';
import { imagesDir } from '../core/media/image-store';
import { createToken, hostHeaderMatches, originMatches, tokenProof } from './access';
import { serveApiSocket } from './api-socket';
import { handleHttp, type HttpContext } from './http-handler';
import { isLoopbackAddress, servedOrigin } from './loopback';
import { readPageCsp } from '../common/page-csp';
import { projectPaths } from './project-paths';

/** Large enough for the biggest CSV the contract accepts (5 million characters, JSON-escaped). */
const MAX_FRAME_BYTES = 16 * 1024 * 1024;

export interface WebHostOptions {
  dataDir: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** A loopback IP literal; 127.0.0.1 unless told. */
  host?: string;
  /** The built renderer; out/renderer of this project unless told. */
  rendererDir?: string;
  resourcesDir?: string;
  /** Builds the core; the real one unless a test supplies its own. */
  createCore?: (options: CoreOptions) => Core;
}

export interface WebHost {
  /** The address to open, token included. */
  url: string;
  token: string;
  core: Core;
  /** Closes every socket, the server and the core. */
  close(): Promise<void>;
}

function refuseUpgrade(socket: Duplex): void {
  socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
}

/**
 * Starts the console in this Node process and serves it to a browser on loopback only: the built
 * renderer over HTTP, and the console API over a websocket at /api, both behind a random token.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const host = options.host ?? '127.0.0.1';
  if (!isLoopbackAddress(host)) {
    throw new Error(`The browser host serves on loopback only; ${host} is not a loopback address`);
  }
  const paths = projectPaths();
  const rendererDir = options.rendererDir ?? paths.rendererDir;
  const csp = await readPageCsp(join(rendererDir, 'index.html'));
  const core = (options.createCore ?? createRealCore)({
    dataDir: options.dataDir,
    transport: 'web',
    resourcesDir: options.resourcesDir ?? paths.resourcesDir,
  });
  const token = createToken();
  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES });
  sockets.on('connection', (socket) => serveApiSocket(core, socket));

  const context: HttpContext = {
    origin: new URL('http://127.0.0.1'),
    token,
    rendererDir,
    imagesDir: imagesDir(options.dataDir),
    csp,
  };
  const server = createServer((request, response) => {
    handleHttp(context, request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(request.url ?? '/', context.origin);
    const allowed =
      url.pathname === WEB_API_PATH &&
      hostHeaderMatches(request, context.origin) &&
      originMatches(request.headers.origin, context.origin) &&
      tokenProof(request, url, token) !== 'none';
    if (!allowed) {
      refuseUpgrade(socket);
      return;
    }
    sockets.handleUpgrade(request, socket, head, (ws) => sockets.emit('connection', ws, request));
  });

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    core.close();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  context.origin = servedOrigin(host, port);
  const url = new URL('/', context.origin);
  url.searchParams.set(WEB_TOKEN_PARAM, token);

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= new Promise<void>((resolve) => {
      for (const client of sockets.clients) client.terminate();
      sockets.close();
      server.closeAllConnections();
      server.close(() => {
        core.close();
        resolve();
      });
    });
    return closing;
  };
  return { url: url.toString(), token, core, close };
}
