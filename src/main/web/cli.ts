import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultDataDir } from './data-dir';
import { ensureBuilt } from './ensure-built';
import { nativeLoadHint } from '../common/native-hint';
import { projectPaths } from './project-paths';
import { startWebHost } from './web-host';
import { STAGE_STAMPS_ENV, stageStampsToFile } from '../core/sync/stage-stamps';
import { syncTuningFromEnv } from '../core/sync/tuning';

function parsePort(text: string | undefined): number {
  if (text === undefined) return 0;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a whole number from 0 to 65535, not ${text}`);
  }
  return port;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      'data-dir': { type: 'string' },
      host: { type: 'string', default: '127.0.0.1' },
    },
    strict: true,
  });
  const paths = projectPaths();
  ensureBuilt(paths.root, [join(paths.rendererDir, 'index.html')]);
  const dataDir = values['data-dir'] ?? defaultDataDir();
  const stampsFile = process.env[STAGE_STAMPS_ENV];
  const stageStamps = stampsFile ? stageStampsToFile(stampsFile) : undefined;
  // The address goes out as soon as the host listens: the page loads while the core opens.
  const host = await startWebHost({
    dataDir,
    port: parsePort(values.port),
    host: values.host,
    stageStamps,
    sync: syncTuningFromEnv(process.env),
    onListening: (url) => {
      process.stdout.write(`Showdesk console: ${url}\n`);
      process.stdout.write(`${JSON.stringify({ event: 'listening', url, dataDir })}\n`);
    },
  });

  const stop = (): void => {
    void host.close().then(() => {
      stageStamps?.close();
      process.exit(0);
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  const hint = nativeLoadHint(error);
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`${hint ?? `Showdesk could not start: ${message}`}\n`);
  process.exit(1);
});
