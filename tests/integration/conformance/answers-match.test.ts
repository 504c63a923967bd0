import { afterEach, describe, expect, it } from 'vitest';
import { io, type Socket } from 'socket.io-client';
import { Ack } from '../../../src/shared/protocol';
import { startSaleServer } from '../../../src/sale-server/server';
import { DocServer } from '../../support/doc-server/server';
import { TEST_LINEUP, TEST_SHOW, TEST_TOKEN } from '../../support/sale-server';
import { TestConsole } from '../../support/test-console';
import { makeTempDir, removeTempDir } from '../../support/temp-dir';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

type Step =
  { command: Record<string, unknown> } | { buy: { sku: string; qty: number } } | { buys: unknown };

/** A `buys` payload of these items, each with a buyer. */
function buys(...items: unknown[]): { buys: unknown } {
  return { buys: { buys: items } };
}

/** Commands and orders whose answers cover every rejection and which one wins. */
const SCRIPT: Step[] = [
  {
    command: {
      type: 'flashSale',
      commandId: 'c1',
      sku: 'GHOST',
      priceMinor: 1,
      unitCap: 1,
      seconds: 9,
    },
  },
  { command: { type: 'pin', commandId: 'c2', sku: 'GHOST' } },
  { buy: { sku: 'GHOST', qty: 1 } },
  buys({ sku: 'COCO', qty: 1, buyerId: 'viewer-1' }),
  { command: { type: 'startShow', commandId: 'c3' } },
  { command: { type: 'startShow', commandId: 'c4' } },
  { command: { type: 'upsertLineup', commandId: 'c5', products: [TEST_LINEUP[0]] } },
  { command: { type: 'restock', commandId: 'c6', sku: 'DURIAN', units: 100_000_000 } },
  { command: { type: 'restock', commandId: 'c6b', sku: 'DURIAN', units: 999_999_600 } },
  {
    command: {
      type: 'flashSale',
      commandId: 'c7',
      sku: 'DURIAN',
      priceMinor: 9900,
      unitCap: 2,
      seconds: 60,
    },
  },
  {
    command: {
      type: 'flashSale',
      commandId: 'c8',
      sku: 'DURIAN',
      priceMinor: 9900,
      unitCap: 2,
      seconds: 60,
    },
  },
  { buy: { sku: 'DURIAN', qty: 3 } },
  { buy: { sku: 'DURIAN', qty: 2 } },
  { buy: { sku: 'DURIAN', qty: 1 } },
  buys(
    { sku: 'COCO', qty: 2, buyerId: 'viewer-1' },
    { sku: 'COCO', qty: 0, buyerId: 'viewer-2' },
    'not a buy',
    { sku: 'GHOST', qty: 1, buyerId: 'viewer-3' },
    { sku: 'DURIAN', qty: 1, buyerId: 'viewer-4' },
    { sku: 'COCO', qty: 1, buyerId: 'viewer-5' },
  ),
  buys(),
  buys(...Array.from({ length: 1001 }, () => ({ sku: 'COCO', qty: 1, buyerId: 'viewer-6' }))),
  { buys: [{ sku: 'COCO', qty: 1, buyerId: 'viewer-7' }] },
  { command: { type: 'pin', commandId: 'c9', sku: 'DURIAN', seconds: 30 } },
  { command: { type: 'setPrice', commandId: 'c10', sku: 'COCO', priceMinor: 1500 } },
  { command: { type: 'restock', commandId: 'c11', sku: 'COCO', units: 0 } },
  {
    command: { type: 'upsertLineup', commandId: 'c12', products: [{ ...TEST_LINEUP[0], sku: '' }] },
  },
  { command: { type: 'pin' } },
  { command: { type: 'teleport', commandId: 'c13' } },
  { command: { type: 'startShow', commandId: 'c3' } },
  { command: { type: 'pin', commandId: 'c2', sku: 'DURIAN' } },
  { command: { type: 'pinComment', commandId: 'c14', commentId: 'nope' } },
  { buy: { sku: 'RICE', qty: 300 } },
  { buy: { sku: 'RICE', qty: 1 } },
  {
    command: {
      type: 'flashSale',
      commandId: 'c15',
      sku: 'RICE',
      priceMinor: 1,
      unitCap: 1,
      seconds: 9,
    },
  },
  {
    command: {
      type: 'flashSale',
      commandId: 'c16',
      sku: 'COCO',
      priceMinor: 1,
      unitCap: 5,
      seconds: 60,
    },
  },
  { command: { type: 'endShow', commandId: 'c17' } },
  { command: { type: 'endShow', commandId: 'c18' } },
  { command: { type: 'pin', commandId: 'c19', sku: 'GHOST' } },
  { buy: { sku: 'GHOST', qty: 1 } },
  { buy: { sku: 'COCO', qty: 1 } },
];

/** An ack as the two servers must agree on it: everything but the log message. */
function answerOf(raw: unknown): unknown {
  const ack = Ack.parse(raw);
  return {
    ...ack,
    reason: ack.reason && {
      code: ack.reason.code,
      issues: ack.reason.issues?.map((issue) => issue.path),
    },
  };
}

/** A buy's ack as the two servers must agree on it: order ids are the server's own. */
function buyAnswer(reply: unknown): unknown {
  return { ...(reply as object), orderId: typeof (reply as { orderId?: unknown }).orderId };
}

async function run(url: string, features: string[]) {
  const client = await TestConsole.connect({ url, token: TEST_TOKEN, showId: TEST_SHOW, features });
  cleanups.push(() => client.close());
  const intake: Socket = io(`${url}/intake`, {
    transports: ['websocket'],
    forceNew: true,
    auth: { token: TEST_TOKEN, showId: TEST_SHOW },
  });
  cleanups.push(() => void intake.disconnect());
  const answers: unknown[] = [];
  for (const step of SCRIPT) {
    if ('buy' in step) {
      const reply: unknown = await intake
        .timeout(5000)
        .emitWithAck('buy', { ...step.buy, buyerId: 'viewer-1' });
      answers.push(buyAnswer(reply));
    } else if ('buys' in step) {
      const reply: unknown = await intake.timeout(5000).emitWithAck('buys', step.buys);
      answers.push(Array.isArray(reply) ? reply.map(buyAnswer) : reply);
    } else {
      const raw: unknown = await client.socket.timeout(5000).emitWithAck('command', step.command);
      answers.push(answerOf(raw));
    }
  }
  client.requestSnapshot();
  await client.until(() => client.snapshots.length === 1);
  const snapshot = client.snapshots[0];
  return {
    answers,
    events: client.events.map(({ seq, type }) => ({ seq, type })),
    malformed: client.malformed,
    state: snapshot.state,
    products: snapshot.snapshot.products.map(({ sku, stock, sold, priceMinor, flashSale }) => ({
      sku,
      stock,
      sold,
      priceMinor,
      flashSale,
    })),
    pin: snapshot.snapshot.pin,
  };
}

describe.each([
  { label: 'all features', features: ['heartbeat', 'history', 'audience'] },
  { label: 'no features', features: [] as string[] },
])('the doc server and the reference server, $label', ({ features }) => {
  it('answer every command and order alike and end in the same state', async () => {
    const dir = await makeTempDir();
    cleanups.push(() => removeTempDir(dir));
    const reference = await startSaleServer({
      dataDir: dir,
      token: TEST_TOKEN,
      shows: [{ showId: TEST_SHOW, products: TEST_LINEUP }],
      log: () => undefined,
      features,
    });
    cleanups.push(() => reference.close());
    const doc = await DocServer.start({
      token: TEST_TOKEN,
      showId: TEST_SHOW,
      products: TEST_LINEUP,
      features,
    });
    cleanups.push(() => doc.close());

    const expected = await run(reference.url, features);
    const actual = await run(doc.url, features);
    expect(actual.malformed).toEqual([]);
    expect(actual.answers).toEqual(expected.answers);
    expect(actual.events).toEqual(expected.events);
    expect(actual.state).toBe('ended');
    expect(actual.products).toEqual(expected.products);
    expect(actual.pin).toEqual(expected.pin);
  });
});
