import { describe, expect, it } from 'vitest';
import { Ledger } from '../../../src/sale-server/ledger/ledger';
import type { WalCheckpoint } from '../../../src/main/core/store/wal-checkpointer';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs('sale-server-ledger-');
const SHOW = 'wal-show';
const ORDERS = 40_000;
const PER_TRANSACTION = 500;

/** Sells `ORDERS` orders into the ledger as the intake does: an order row and its event each. */
function journalOrders(ledger: Ledger): void {
  for (let first = 1; first <= ORDERS; first += PER_TRANSACTION) {
    ledger.transaction(() => {
      for (let seq = first; seq < first + PER_TRANSACTION; seq++) {
        const buyer = `viewer-${seq}`;
        const order = { sku: 'COCO', qty: 1, priceMinor: 1200 };
        const orderId = String(
          ledger.insertOrder({ showId: SHOW, ...order, buyerId: buyer, at: seq, seq }),
        );
        const event = { type: 'order', orderId, ...order, stock: ORDERS - seq, sold: seq, buyer };
        ledger.appendEvent(SHOW, seq, JSON.stringify({ ...event, seq, at: seq }));
      }
    });
  }
}

describe('the sale server ledger', () => {
  it('checkpoints its WAL from a thread, not inside the commits of the orders', async () => {
    const dataDir = tempDir();
    let passive: () => void = () => undefined;
    const checkpointed = new Promise<void>((resolve) => (passive = resolve));
    const seen: WalCheckpoint[] = [];
    const ledger = new Ledger(dataDir, {
      onCheckpoint: (checkpoint) => {
        seen.push(checkpoint);
        if (checkpoint.mode === 'PASSIVE') passive();
      },
    });
    ledger.transaction(() => ledger.createShow(SHOW, 0));
    journalOrders(ledger);
    await checkpointed;
    expect(seen[0]).toMatchObject({ mode: 'PASSIVE', busy: 0 });
    ledger.close();

    const reopened = new Ledger(dataDir);
    expect(reopened.orderTotals(SHOW).orders).toBe(ORDERS);
    expect(reopened.readEvents(SHOW, ORDERS - 1, 10).map((event) => event.seq)).toEqual([ORDERS]);
    reopened.close();
  }, 60_000);
});
