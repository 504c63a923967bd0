import type { SaleClock } from '../../shared/sale-clock';
import { spansAt } from '../clock';
import { DemandReason, type Buy, type BuyAck } from '../../shared/protocol';
import type { Ledger } from '../ledger/ledger';
import { sell } from '../show/orders';
import type { Show } from '../show/show';
import type { Reporter } from './expiry';

interface QueuedBuy {
  show: Show;
  buy: Buy;
  reply: (ack: BuyAck) => void;
}

/**
 * Groups the orders queued since the last batch into one ledger transaction per show, and
 * acknowledges each only after that transaction commits. One batch of at most `maxBatch` orders
 * is sold per turn of the event loop, oldest first; what is left waits for the next turn, so that
 * a burst of orders never holds the loop for longer than one batch.
 */
export class OrderIntake {
  private queue: QueuedBuy[] = [];
  private scheduled: NodeJS.Immediate | null = null;
  private closed = false;

  constructor(
    private readonly ledger: Ledger,
    private readonly maxBatch: number,
    private readonly report: Reporter,
    private readonly clock: SaleClock,
    /** Refused attempts of the show were counted (feature `audience`). */
    private readonly demandChanged: (show: Show) => void,
  ) {}

  submit(show: Show, buy: Buy, reply: (ack: BuyAck) => void): void {
    if (this.closed) {
      reply({ status: 'refused', reason: 'internal' });
      return;
    }
    this.queue.push({ show, buy, reply });
    this.scheduled ??= setImmediate(() => this.sellTurn());
  }

  /** Sells everything queued now (also used before closing). */
  drain(): void {
    if (this.scheduled !== null) clearImmediate(this.scheduled);
    this.scheduled = null;
    while (this.queue.length > 0) this.sellBatch();
  }

  /** Sells what is queued, then refuses whatever comes later (the server is closing). */
  close(): void {
    this.drain();
    this.closed = true;
  }

  /** One turn's batch; the rest of the queue waits for the next turn. */
  private sellTurn(): void {
    this.scheduled = null;
    this.sellBatch();
    if (this.queue.length > 0) this.scheduled = setImmediate(() => this.sellTurn());
  }

  private sellBatch(): void {
    const batch = this.queue.splice(0, this.maxBatch);
    for (const group of groupByShow(batch)) this.sellGroup(group);
  }

  private sellGroup(group: QueuedBuy[]): void {
    const show = group[0].show;
    let acks: BuyAck[];
    try {
      acks = show.transact(() => {
        const now = this.clock.now();
        const spans = spansAt(this.clock, now);
        return group.map((item) => {
          const ack = sell(show, this.ledger, item.buy, now, spans);
          countRefusal(show, item.buy, ack);
          return ack;
        });
      });
      if (acks.some((ack) => ack.status === 'refused')) this.demandChanged(show);
    } catch (error) {
      this.report(error, `order batch for show ${show.showId}`);
      acks = group.map(() => ({ status: 'refused', reason: 'internal' }));
    }
    group.forEach((item, index) => item.reply(acks[index]));
  }
}

/** Counts an attempt refused for want of stock, cap or a live show, on a product of the show. */
function countRefusal(show: Show, buy: Buy, ack: BuyAck): void {
  if (ack.status !== 'refused' || !show.products.has(buy.sku)) return;
  const reason = DemandReason.safeParse(ack.reason);
  if (reason.success) show.audience.refused(buy.sku, reason.data, buy.qty);
}

function groupByShow(batch: QueuedBuy[]): QueuedBuy[][] {
  const groups = new Map<Show, QueuedBuy[]>();
  for (const item of batch) {
    const group = groups.get(item.show);
    if (group) group.push(item);
    else groups.set(item.show, [item]);
  }
  return [...groups.values()];
}

/**
 * Gathers the answers of a group of buys (a `buys` message's) and acknowledges them together, in
 * order, once each is answered.
 */
export function collectAnswers(
  count: number,
  ack: (answers: BuyAck[]) => void,
): (index: number, answer: BuyAck) => void {
  const answers = new Array<BuyAck>(count);
  let left = count;
  return (index, answer) => {
    answers[index] = answer;
    left -= 1;
    if (left === 0) ack(answers);
  };
}
