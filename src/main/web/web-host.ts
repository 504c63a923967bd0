import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Duplex } from 'node:stream';
import { WEB_API_PATH, WEB_TOKEN_PARAM } from '../../shared/api/web-address';
import type { Core, CoreOptions } from '../core/core';
import type { StageStamps } from '../core/sync/stage-stamps';
import type { SyncTuning } from '../core/sync/tuning';
import { imagesDir } from '../core/media/images-dir';
import { createToken, hostHeaderMatches, originMatches, tokenProof } from './access';
import type { ApiEndpoint } from './api-endpoint';
import { handleHttp, type HttpContext } from './http-handler';
import { isLoopbackAddress, servedOrigin } from './loopback';
import { readPageFiles } from './page-files';
import { readPageCsp } from '../common/page-csp';
import { projectPaths } from './project-paths';

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
  createCore?: (options: CoreOptions) => Core | Promise<Core>;
  /**
   * Called with the address once the host listens, before the core is loaded and opened: the
   * page loads meanwhile, and its API socket waits until the core is open.
   */
  onListening?: (url: string) => void;
  /** Where the core notes the stages of server events (bench/event-to-glass); none unless told. */
  stageStamps?: StageStamps;
  /** Timings of the sale-server sync; the defaults unless a test sets some. */
  sync?: Partial<SyncTuning>;
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
 * The core's code and the API's websocket server, imported only once the host listens (zod, ws,
 * better-sqlite3 and the core's own modules take a few hundred milliseconds to load), and the
 * core opened.
 */
async function openEndpoint(options: WebHostOptions, resourcesDir: string): Promise<ApiEndpoint> {
  const [{ openApiEndpoint }, createCore] = await Promise.all([
    import('./api-endpoint'),
    options.createCore ?? import('../core/create-core').then((module) => module.createCore),
  ]);
  const core = await createCore({
    dataDir: options.dataDir,
    transport: 'web',
    resourcesDir,
    stageStamps: options.stageStamps,
    sync: options.sync,
  });
  return openApiEndpoint(core);
}

/**
 * Starts the console in this Node process and serves it to a browser on loopback only: the built
 * renderer over HTTP, and the console API over a websocket at /api, both behind a random token.
 * It listens first and serves the page while it loads and opens the core; resolves once the core
 * is open (rejects, closing the server, when it cannot be).
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const host = options.host ?? '127.0.0.1';
  if (!isLoopbackAddress(host)) {
    throw new Error(`The browser host serves on loopback only; ${host} is not a loopback address`);
  }
  const paths = projectPaths();
  const rendererDir = options.rendererDir ?? paths.rendererDir;
  const csp = await readPageCsp(join(rendererDir, 'index.html'));
  const token = createToken();

  const context: HttpContext = {
    origin: new URL('http://127.0.0.1'),
    token,
    rendererDir,
    imagesDir: imagesDir(options.dataDir),
    csp,
    pageFiles: await readPageFiles(rendererDir),
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
    // An upgrade comes only once the host listens, when the core is opening: it waits for it.
    endpoint.then(
      (api) => api.accept(request, socket, head),
      () => refuseUpgrade(socket),
    );
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  context.origin = servedOrigin(host, port);
  const url = new URL('/', context.origin);
  url.searchParams.set(WEB_TOKEN_PARAM, token);
  options.onListening?.(url.toString());

  const endpoint = openEndpoint(options, options.resourcesDir ?? paths.resourcesDir);
  let api: ApiEndpoint;
  try {
    api = await endpoint;
  } catch (error) {
    server.closeAllConnections();
    server.close();
    throw error;
  }

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
      api.close();
    });
    return closing;
  };
  return { url: url.toString(), token, core: api.core, close };
}
