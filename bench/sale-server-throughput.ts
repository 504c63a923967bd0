/**
 * Sale-server throughput: orders per second the reference server sells to a crowd at full speed
 * with one console following, printed as a ratio to the raw socket.io loopback message rate
 * measured in the same run on the same machine. Both loads come from several child processes
 * (as a real crowd would), so that one load process is not the limit; both rates are timed at
 * the receiving end, from the first message to the last. The CPU time of this process an order
 * (the sale server and the following console's socket; the crowds are processes of their own) is
 * a figure too: a count of work, which a loaded machine changes less than a rate.
 *
 *   npx tsx bench/sale-server-throughput.ts [--orders 200000] [--messages 400000] [--clients 8]
 *     [--processes 3]
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Server } from 'socket.io';
import { io } from 'socket.io-client';
import { startSaleServer } from '../src/sale-server/server';
import { reportFigures } from './support/report';

const SELF = fileURLToPath(import.meta.url);
const ROOT = path.resolve(path.dirname(SELF), '..');
const TOKEN = 'bench-token';
const SHOW = 'bench';

const { values } = parseArgs({
  options: {
    child: { type: 'string' },
    url: { type: 'string' },
    messages: { type: 'string', default: '400000' },
    orders: { type: 'string', default: '200000' },
    clients: { type: 'string', default: '8' },
    processes: { type: 'string', default: '3' },
  },
});
const clients = Number(values.clients);
const processes = Number(values.processes);

/** `total` split over the load processes. */
const shares = (total: number) =>
  Array.from(
    { length: processes },
    (_, index) => Math.floor(total / processes) + (index < total % processes ? 1 : 0),
  );

/** Runs a TypeScript entry in a child Node process and resolves with its stdout. */
function runChild(entry: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', entry, ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`${entry} exited with ${code}`)),
    );
  });
}

/** Child side of the raw measurement: `clients` sockets send small messages as fast as they can. */
async function rawSender(url: string, total: number): Promise<void> {
  const sockets = await Promise.all(
    Array.from({ length: clients }, () => {
      const socket = io(url, { transports: ['websocket'], forceNew: true });
      return new Promise<typeof socket>((resolve) => socket.once('connect', () => resolve(socket)));
    }),
  );
  const perClient = Math.ceil(total / clients);
  await Promise.all(
    sockets.map(
      (socket, index) =>
        new Promise<void>((resolve) => {
          let sent = 0;
          const pump = () => {
            for (let i = 0; i < 500 && sent < perClient; i++, sent++) {
              socket.emit('m', { sku: 'COCO', qty: 1, buyerId: `viewer-${index}-${sent}` });
            }
            if (sent < perClient) setImmediate(pump);
            else resolve();
          };
          pump();
        }),
    ),
  );
  await new Promise<void>((resolve) => sockets[0].once('done', () => resolve()));
  sockets.forEach((socket) => socket.disconnect());
}

/** Raw socket.io loopback: small one-way messages received per second by a bare server. */
async function measureRaw(total: number): Promise<number> {
  const httpServer = createServer();
  const server = new Server(httpServer, { serveClient: false });
  let received = 0;
  let first = 0;
  const done = new Promise<number>((resolve) => {
    server.on('connection', (socket) => {
      socket.on('m', () => {
        if (received === 0) first = performance.now();
        received += 1;
        if (received === total) {
          resolve(performance.now() - first);
          server.emit('done');
        }
      });
    });
  });
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
  const children = shares(total).map((share) =>
    runChild(SELF, [
      ...['--child', 'raw', '--url', url, '--messages', String(share)],
      ...['--clients', String(clients)],
    ]),
  );
  const elapsedMs = await done;
  await Promise.all(children);
  await server.close();
  return total / (elapsedMs / 1000);
}

/**
 * The sale server selling to crowd CLIs at full speed (stock large enough for every order), timed
 * by the console following it: from its first order event to its last. `lagMs` is how long after
 * the last crowd process finished the console still waited for events.
 */
async function measureOrders(
  orders: number,
): Promise<{ perSecond: number; sold: number; lagMs: number; cpuPerOrderUs: number }> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'showdesk-bench-'));
  const server = await startSaleServer({
    dataDir,
    token: TOKEN,
    shows: [
      {
        showId: SHOW,
        products: [
          { sku: 'COCO', name: 'Coconut', priceMinor: 1200, currency: 'CNY', stock: orders * 2 },
        ],
      },
    ],
    log: () => undefined,
  });
  try {
    const producer = io(server.url, {
      transports: ['websocket'],
      auth: { token: TOKEN, showId: SHOW, consoleId: 'bench', protocolVersion: 1 },
    });
    let received = 0;
    let first = 0;
    let last = 0;
    let allReceived: () => void = () => undefined;
    const everything = new Promise<void>((resolve) => (allReceived = resolve));
    producer.on('events', (batch: { events: { type?: unknown }[] }) => {
      for (const event of batch.events) {
        if (event.type !== 'order') continue;
        if (received === 0) first = performance.now();
        received += 1;
        last = performance.now();
      }
      if (received >= orders) allReceived();
    });
    await producer.timeout(5000).emitWithAck('command', { type: 'startShow', commandId: 'start' });
    const cpuBefore = process.cpuUsage();
    const outputs = await Promise.all(
      shares(orders).map((share) =>
        runChild(path.join(ROOT, 'src/sale-server/crowd-cli.ts'), [
          ...['--url', server.url, '--token', TOKEN, '--show', SHOW, '--rate', 'max'],
          ...['--orders', String(share), '--sku', 'COCO', '--clients', String(clients)],
        ]),
      ),
    );
    const crowdDone = performance.now();
    const sold = outputs
      .map((out) => JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as { sold: number })
      .reduce((sum, summary) => sum + summary.sold, 0);
    const inspected = server.inspect(SHOW);
    if (inspected.orders.units !== sold || sold !== orders) {
      throw new Error(`ledger ${inspected.orders.units}, crowd ${sold}, asked ${orders}`);
    }
    await everything;
    const cpu = process.cpuUsage(cpuBefore);
    producer.disconnect();
    return {
      perSecond: received / ((last - first) / 1000),
      sold,
      lagMs: Math.max(0, last - crowdDone),
      cpuPerOrderUs: (cpu.user + cpu.system) / sold,
    };
  } finally {
    await server.close();
    await fs.rm(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  if (values.child === 'raw') {
    await rawSender(values.url ?? '', Number(values.messages));
    return;
  }
  const rawRate = await measureRaw(Number(values.messages));
  const { perSecond, sold, lagMs, cpuPerOrderUs } = await measureOrders(Number(values.orders));
  const ratio = perSecond / rawRate;
  const format = (n: number) => Math.round(n).toLocaleString('en-US');
  process.stdout.write(
    [
      `raw socket.io loopback      ${format(rawRate)} messages/s (${processes} x ${clients} clients, one-way)`,
      `sale server orders sold     ${format(perSecond)} orders/s (${format(sold)} orders, ${processes} x ${clients} crowd clients, ack each, one console following)`,
      `console behind the crowd    ${format(lagMs)} ms after the last order was acknowledged`,
      `server CPU an order         ${cpuPerOrderUs.toFixed(1)} µs (with the console's socket)`,
      `ratio to raw loopback       ${ratio.toFixed(3)}`,
      JSON.stringify({
        bench: 'sale-server-throughput',
        rawMessagesPerSecond: Math.round(rawRate),
        ordersPerSecond: Math.round(perSecond),
        ratio: Number(ratio.toFixed(4)),
        cpuPerOrderUs: Number(cpuPerOrderUs.toFixed(1)),
      }),
      '',
    ].join('\n'),
  );
  reportFigures('sale server', [
    {
      figure: `orders sold, ${processes} crowd processes, one console following`,
      value: Math.round(perSecond),
      unit: '/s',
      limit: { value: Math.round(rawRate), label: 'raw socket.io, same load' },
    },
    {
      figure: "this process's CPU an order (the server and the console's socket)",
      value: Number(cpuPerOrderUs.toFixed(1)),
      unit: 'µs',
    },
    {
      figure: 'console behind after the last order',
      value: Math.round(lagMs),
      unit: 'ms',
      targets: [{ on: 'figure', op: '<', value: 1000 }],
    },
  ]);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
