import { describe, expect, it } from 'vitest';
import type { Db } from '../../../src/main/core/store/database';
import { EventInsert, RunLog } from '../../../src/main/core/sync/run-log';
import type { ServerEvent } from '../../../src/shared/protocol';
import { memoryRun } from './memory-run';

const AT = 1_700_000_000_000;

/** Every column of the run log's events, in log order. */
function rows(db: Db): unknown[][] {
  return db
    .prepare("SELECT * FROM run_log WHERE kind = 'event' ORDER BY seq")
    .raw()
    .all() as unknown[][];
}

/** Event `seq`: an order with a buyer, one without, a viewers event or a pin, in turn. */
function event(seq: number): ServerEvent {
  const at = AT + seq;
  const order = { type: 'order', seq, at, orderId: `o${seq}`, sku: 'A', qty: 1 } as const;
  switch (seq % 4) {
    case 0:
      return { ...order, priceMinor: 100, stock: 1000 - seq, sold: seq, buyer: `b${seq}` };
    case 1:
      return { ...order, priceMinor: 90, stock: 1000 - seq, sold: seq };
    case 2:
      return { type: 'viewers', seq, at, count: seq };
    default:
      return { type: 'pin', seq, at, sku: seq % 8 === 3 ? 'A' : null, until: null };
  }
}

describe('the run log journaling a batch of events', () => {
  it("writes each row's own values: nothing of the row a reused statement held before", () => {
    const events = Array.from({ length: 300 }, (_, index) => event(index + 1));
    const single = memoryRun();
    const insert = new EventInsert(single.db);
    events.forEach((item, index) => insert.run(index + 2, single.run.id, AT, item));
    const batched = memoryRun();
    const log = new RunLog(batched.db);
    batched.db.transaction(() => {
      // Each batch starts at another event of the four kinds, so that a statement of each size
      // takes at each position a kind of event other than the one it held in the batch before.
      for (const [from, to] of [
        [0, 85],
        [85, 150],
        [150, 151],
        [151, 222],
        [222, 300],
      ]) {
        log.appendEvents(batched.run.id, events.slice(from, to), AT);
      }
    })();
    expect(rows(batched.db)).toEqual(rows(single.db));
    expect(rows(batched.db)).toHaveLength(300);
  });
});
