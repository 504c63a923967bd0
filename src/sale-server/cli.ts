import { parseArgs } from 'node:util';
import { ShowId, parseWith } from '../shared/protocol';
import { errorText, stderrLogger } from './log';
import { readSeedFile } from './seed';
import { DEFAULT_PING, startSaleServer } from './server';

const usage =
  'usage: npm run sale-server -- --port N --data DIR --token T [--show ID] [--seed lineup.json]' +
  ' [--host 127.0.0.1] [--intake-token T] [--retain N] [--ping-interval MS] [--ping-timeout MS]';

function fail(message: string): never {
  process.stderr.write(`${message}\n${usage}\n`);
  process.exit(2);
}

function integer(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) fail(`--${name} must be a whole number`);
  return number;
}

function positive(value: string | undefined, name: string, fallback: number): number {
  const number = integer(value, name, fallback);
  if (number === 0) fail(`--${name} must be above 0`);
  return number;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string', default: '127.0.0.1' },
      data: { type: 'string' },
      token: { type: 'string' },
      'intake-token': { type: 'string' },
      show: { type: 'string', default: 'demo' },
      seed: { type: 'string' },
      retain: { type: 'string' },
      'ping-interval': { type: 'string' },
      'ping-timeout': { type: 'string' },
    },
    strict: true,
  });
  if (!values.data) fail('--data is required');
  if (!values.token) fail('--token is required');
  const showId = parseWith(ShowId, values.show);
  if (!showId.ok) fail(`--show is not a valid show id`);

  const server = await startSaleServer({
    dataDir: values.data,
    token: values.token,
    intakeToken: values['intake-token'],
    host: values.host,
    port: integer(values.port, 'port', 0),
    retainEvents: values.retain === undefined ? undefined : integer(values.retain, 'retain', 0),
    pingIntervalMs: positive(values['ping-interval'], 'ping-interval', DEFAULT_PING.pingIntervalMs),
    pingTimeoutMs: positive(values['ping-timeout'], 'ping-timeout', DEFAULT_PING.pingTimeoutMs),
    shows: [
      { showId: showId.value, products: values.seed ? readSeedFile(values.seed) : undefined },
    ],
    log: stderrLogger,
  });
  process.stdout.write(
    `${JSON.stringify({
      event: 'listening',
      url: server.url,
      host: server.host,
      port: server.port,
      showId: showId.value,
      intakeUrl: `${server.url}/intake`,
      ledger: server.ledgerFile,
    })}\n`,
  );

  const stop = () => {
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`${errorText(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`sale server failed to start: ${errorText(error)}\n`);
  process.exit(1);
});
