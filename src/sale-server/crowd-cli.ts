import { parseArgs } from 'node:util';
import { runCrowd } from './crowd';
import { errorText } from './log';

const usage =
  'usage: npm run crowd -- --url URL --token T --show ID --rate R|max --seconds S --sku A [--sku B]' +
  ' [--clients 8] [--qty 1] [--orders N] [--viewers N] [--stop-when-sold-out] [--batch]' +
  ' [--comments PER_SECOND] [--comment-seed N]';

function fail(message: string): never {
  process.stderr.write(`${message}\n${usage}\n`);
  process.exit(2);
}

function positive(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isFinite(number) || number < 0) fail(`--${name} must be a number >= 0`);
  return number;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      url: { type: 'string' },
      token: { type: 'string' },
      show: { type: 'string' },
      rate: { type: 'string' },
      seconds: { type: 'string' },
      orders: { type: 'string' },
      sku: { type: 'string', multiple: true },
      clients: { type: 'string' },
      qty: { type: 'string' },
      viewers: { type: 'string' },
      'stop-when-sold-out': { type: 'boolean', default: false },
      batch: { type: 'boolean', default: false },
      comments: { type: 'string' },
      'comment-seed': { type: 'string' },
    },
    strict: true,
  });
  if (!values.url || !values.token || !values.show) fail('--url, --token and --show are required');
  if (!values.sku || values.sku.length === 0) fail('give at least one --sku');
  if (values.rate === undefined) fail('--rate is required');
  const rate = values.rate === 'max' ? Infinity : positive(values.rate, 'rate');

  const summary = await runCrowd({
    url: values.url,
    token: values.token,
    showId: values.show,
    skus: values.sku,
    rate: rate ?? Infinity,
    seconds: positive(values.seconds, 'seconds'),
    orders: positive(values.orders, 'orders'),
    clients: positive(values.clients, 'clients'),
    qty: positive(values.qty, 'qty'),
    viewers: positive(values.viewers, 'viewers'),
    stopWhenSoldOut: values['stop-when-sold-out'],
    batch: values.batch,
    ...(values.comments === undefined
      ? {}
      : {
          comments: {
            perSecond: positive(values.comments, 'comments') ?? 0,
            seed: positive(values['comment-seed'], 'comment-seed'),
            products: values.sku.map((sku) => ({ sku, name: sku })),
          },
        }),
  });
  process.stdout.write(
    `${JSON.stringify({
      event: 'summary',
      ...summary,
      durationMs: Math.round(summary.durationMs),
      soldPerSecond: Math.round(summary.sold / (summary.durationMs / 1000)),
    })}\n`,
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`crowd failed: ${errorText(error)}\n`);
    process.exit(1);
  },
);
