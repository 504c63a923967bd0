import type { CommentReport } from '../../../../shared/protocol';

/**
 * What the crowd sees of the show on the platform at one moment (the sale server's state), and
 * what it does in one step. Plain values, so the crowd models stay pure.
 */
export interface MarketProduct {
  sku: string;
  /** What a viewer pays now: the flash price while a flash sale runs, else the base price. */
  priceMinor: number;
  stock: number;
}

export interface MarketView {
  /** Orders are taken only while the show is live. */
  live: boolean;
  pinnedSku: string | null;
  /** In lineup order. */
  products: MarketProduct[];
}

export interface CrowdOrder {
  sku: string;
  qty: number;
}

export interface CrowdStep {
  /** The audience size to report. */
  viewers: number;
  /** Orders to send, in this order. */
  orders: CrowdOrder[];
  /** A replay's comments: the past run's kept ones due in this step, as written. */
  comments?: CommentReport[];
  /**
   * Comments a second to write anew (seeded) beside them; without it, as many as the audience
   * size says.
   */
  commentsPerSecond?: number;
}

/** A crowd: deterministic for its inputs (and its seed). */
export interface CrowdSource {
  /** The step from `simulatedMs` to `simulatedMs + dtMs`, given the show as it is now. */
  step(simulatedMs: number, dtMs: number, market: MarketView): CrowdStep;
}

/** The most units one order may carry (protocol limit). */
export const MAX_ORDER_QTY = 1000;
