import type { LineupProduct } from '../../shared/protocol';
import type { Ledger } from '../ledger/ledger';
import { upsertProducts } from '../show/effects';
import { Show, type ShowListeners } from '../show/show';

/** The shows the server hosts, loaded from the ledger at start. */
export class ShowRegistry {
  private readonly shows = new Map<string, Show>();

  constructor(
    private readonly ledger: Ledger,
    private readonly listeners: ShowListeners,
    private readonly now: () => number,
  ) {
    for (const record of ledger.loadShows()) {
      this.shows.set(record.showId, new Show(ledger, record, listeners));
    }
  }

  get(showId: string): Show | undefined {
    return this.shows.get(showId);
  }

  all(): Show[] {
    return [...this.shows.values()];
  }

  /**
   * Creates the show if the ledger does not have it yet, and loads `products` onto it if it has
   * none yet and is still planned (a restart never overwrites a lineup).
   */
  ensure(showId: string, products: readonly LineupProduct[] = []): { show: Show; seeded: boolean } {
    let show = this.shows.get(showId);
    if (!show) {
      const at = this.now();
      this.ledger.transaction(() => this.ledger.createShow(showId, at));
      const record = this.ledger.loadShows().find((r) => r.showId === showId);
      if (!record) throw new Error(`show ${showId} was not created`);
      show = new Show(this.ledger, record, this.listeners);
      this.shows.set(showId, show);
    }
    if (products.length === 0 || show.products.size > 0 || show.state !== 'planned') {
      return { show, seeded: false };
    }
    const target = show;
    target.transact(() => upsertProducts(target, products, this.now()));
    return { show, seeded: true };
  }
}
