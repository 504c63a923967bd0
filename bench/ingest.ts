/**
 * Ingest: order events received, validated, applied and journaled by the console's core per
 * second, against the slower of two limits measured in the same run with the same events:
 * raw socket.io delivery of the same batches (a bare server in a child process to a bare client
 * here) and raw better-sqlite3 inserts of the same rows (one transaction per batch, WAL, as the
 * console's database). For the core, a reference sale server in a child process sends the batches
 * to a connected console with a live run, and the time runs until the console's last seq is the
 * last event's.
 *
 *   npx tsx bench/ingest.ts [--events 300000] [--batch 500]
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setImmediate as yieldToIo } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { Server } from 'socket.io';
import { io } from 'socket.io-client';
import { liveState, waitFor } from '../tests/support/console-core';
import { nextMessage, spawnWithIpc, stopChild } from './support/child';
import {
  BENCH_SHOW,
  followShow,
  serveSaleServer,
  spawnSaleServer,
} from './support/following-console';
import { orderBatches, type BatchPlan } from './support/order-batches';
import { reportFigures } from './support/report';

const SELF = fileURLToPath(import.meta.url);
const SKUS = ['DUR', 'COC', 'RICE'];
const PRICE = 1000;

const { values } = parseArgs({
  options: {
    child: { type: 'string' },
    events: { type: 'string', default: '300000' },
    batch: { type: 'string', default: '500' },
  },
});
const count = Number(values.events);
const batchSize = Number(values.batch);
const stock = count;

interface Ready {
  type: 'ready';
  url: string;
}
interface Go {
  type: 'go';
  fromSeq: number;
}

/** Child side: sends every batch of the plan as fast as the socket takes them. */
async function pump(plan: BatchPlan, send: (batch: unknown) => void): Promise<void> {
  for (const batch of orderBatches(plan)) {
    send(batch);
    await yieldToIo();
  }
}

const planFrom = (fromSeq: number): BatchPlan => ({
  fromSeq,
  count,
  batchSize,
  skus: SKUS,
  stock,
  priceMinor: PRICE,
});

/** Child: a bare socket.io server that sends the batches to whoever is connected. */
async function rawSender(): Promise<void> {
  const httpServer = createServer();
  const server = new Server(httpServer, { serveClient: false });
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
  process.on('message', (message: Go) => {
    if (message.type === 'go')
      void pump(planFrom(message.fromSeq), (b) => server.emit('events', b));
  });
  process.send?.({ type: 'ready', url } satisfies Ready);
}

/** Child: the reference sale server (no protocol additions, so no heartbeats carry its own seq). */
function serverSender(): Promise<void> {
  return serveSaleServer({ features: [] }, (message, server) => {
    if (message.type !== 'go') return;
    const { fromSeq } = message as Go;
    void pump(planFrom(fromSeq), (batch) =>
      server.faults.sendToConsoles(BENCH_SHOW, 'events', batch),
    );
  });
}

/** Raw socket.io: events received per second by a bare client, from "go" to the last batch. */
async function measureRawSocket(): Promise<number> {
  const child = spawnWithIpc(SELF, ['--child', 'raw', '--events', String(count)]);
  const { url } = await nextMessage<Ready>(child, 'ready');
  const client = io(url, { transports: ['websocket'], forceNew: true });
  await new Promise<void>((resolve) => client.once('connect', () => resolve()));
  let received = 0;
  const done = new Promise<number>((resolve) => {
    client.on('events', (batch: { events: unknown[] }) => {
      received += batch.events.length;
      if (received >= count) resolve(performance.now());
    });
  });
  const start = performance.now();
  child.send({ type: 'go', fromSeq: 0 } satisfies Go);
  const end = await done;
  client.disconnect();
  await stopChild(child);
  return count / ((end - start) / 1000);
}

/** Raw better-sqlite3: the same rows inserted per second, one transaction per batch. */
async function measureRawSqlite(): Promise<number> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'showdesk-bench-ingest-sqlite-'));
  const db = new Database(path.join(dir, 'raw.sqlite'));
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.exec(`CREATE TABLE run_log (seq INTEGER PRIMARY KEY AUTOINCREMENT, run_id INTEGER NOT NULL,
      at INTEGER NOT NULL, kind TEXT NOT NULL, payload TEXT NOT NULL) STRICT`);
    const insert = db.prepare(
      'INSERT INTO run_log (run_id, at, kind, payload) VALUES (?, ?, ?, ?)',
    );
    const batches = [...orderBatches(planFrom(0))].map((batch) =>
      batch.events.map((event) => JSON.stringify(event)),
    );
    const insertBatch = db.transaction((rows: string[], at: number) => {
      for (const row of rows) insert.run(1, at, 'event', row);
    });
    const start = performance.now();
    for (const rows of batches) insertBatch(rows, Date.now());
    return count / ((performance.now() - start) / 1000);
  } finally {
    db.close();
    await fs.rm(dir, { recursive: true, force: true });
  }
}

/**
 * The core: a console with a live run following the sale server that sends the batches. Also
 * the CPU time of this process (the core) per event, which the machine's load changes less.
 */
async function measureCore(): Promise<{ rate: number; cpuUs: number }> {
  const { child, url } = await spawnSaleServer(SELF, [
    '--child',
    'server',
    '--events',
    String(count),
  ]);
  const following = await followShow(
    url,
    SKUS.map((sku) => ({ sku, stock })),
  );
  const { core } = following;
  try {
    const fromSeq = (await liveState(core)).link.lastSeq;
    const start = performance.now();
    const cpuBefore = process.cpuUsage();
    child.send({ type: 'go', fromSeq } satisfies Go);
    await waitFor(
      async () => {
        const state = await liveState(core);
        if (state.link.protocolErrors > 0) throw new Error(JSON.stringify(state.link));
        return state.link.lastSeq >= fromSeq + count;
      },
      'the console to apply every event',
      600_000,
    );
    const cpu = process.cpuUsage(cpuBefore);
    return {
      rate: count / ((performance.now() - start) / 1000),
      cpuUs: (cpu.user + cpu.system) / count,
    };
  } finally {
    await following.close();
    await stopChild(child);
  }
}

async function main(): Promise<void> {
  if (values.child === 'raw') return rawSender();
  if (values.child === 'server') return serverSender();
  const socketRate = await measureRawSocket();
  const sqliteRate = await measureRawSqlite();
  const core = await measureCore();
  const coreRate = core.rate;
  const slower = Math.min(socketRate, sqliteRate);
  const format = (n: number) => Math.round(n).toLocaleString('en-US');
  console.log(`raw socket.io delivery      ${format(socketRate)} events/s`);
  console.log(`raw better-sqlite3 inserts  ${format(sqliteRate)} rows/s`);
  console.log(`core ingest                 ${format(coreRate)} events/s (${format(count)} events)`);
  console.log(`core CPU per event         ${core.cpuUs.toFixed(2)} µs`);
  reportFigures('ingest', [
    {
      figure: `order events applied and journaled by the core (${format(count)})`,
      value: Math.round(coreRate),
      unit: '/s',
      limit: {
        value: Math.round(slower),
        label: socketRate <= sqliteRate ? 'raw socket.io delivery' : 'raw SQLite inserts',
      },
      targets: [
        { on: 'figure', op: '>=', value: 100_000 },
        { on: 'ratio', op: '>=', value: 0.25 },
      ],
    },
    {
      figure: 'raw socket.io delivery, same batches',
      value: Math.round(socketRate),
      unit: '/s',
    },
    { figure: 'raw SQLite inserts, same rows', value: Math.round(sqliteRate), unit: '/s' },
    {
      figure: 'core CPU per event (process.cpuUsage, first batch sent to last applied)',
      value: Number(core.cpuUs.toFixed(2)),
      unit: 'µs',
    },
  ]);
}

await main();
