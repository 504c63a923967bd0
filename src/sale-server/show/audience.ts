import {
  DEMAND_REASONS,
  type AudienceStateMessage,
  type Comment,
  type CommentReport,
  type DemandMessage,
  type DemandReason,
  type ModerationMessage,
  type ProductDemand,
} from '../../shared/protocol';
import type { DemandRow } from '../ledger/audience-ledger';
import { RecentComments } from './recent-comments';

/** Comments a show remembers for `pinComment` and `hideComment` (oldest forgotten first). */
export const REMEMBERED_COMMENTS = 50_000;

function emptyDemand(sku: string): ProductDemand {
  return {
    sku,
    sold_out: { attempts: 0, units: 0 },
    flash_cap: { attempts: 0, units: 0 },
    show_not_live: { attempts: 0, units: 0 },
  };
}

/**
 * A show's audience side: the pinned comment, hidden comments and muted viewers (as the ledger's
 * moderation rows fold), the running totals of refused attempts, and the newest comments by id.
 */
export class ShowAudience {
  pinned: Comment | null = null;
  readonly hidden = new Set<string>();
  readonly muted = new Set<string>();
  private readonly demand = new Map<string, ProductDemand>();
  private readonly changedDemand = new Set<string>();
  private readonly recent: RecentComments;
  private readonly idPrefix: string;
  private nextNumber = 1;

  constructor(moderation: readonly ModerationMessage[], demand: readonly DemandRow[], now: number) {
    this.idPrefix = `${now.toString(36)}-`;
    this.recent = new RecentComments(this.idPrefix, REMEMBERED_COMMENTS);
    for (const message of moderation) this.apply(message);
    for (const row of demand) {
      const product = this.demand.get(row.sku) ?? emptyDemand(row.sku);
      product[row.reason] = { attempts: row.attempts, units: row.units };
      this.demand.set(row.sku, product);
    }
  }

  /** Gives a viewer's comment its id and time and remembers it; null if its author is muted. */
  accept(report: CommentReport, at: number): Comment | null {
    if (this.muted.has(report.viewerId)) return null;
    const number = this.nextNumber;
    const comment: Comment = { id: `${this.idPrefix}${number}`, at, ...report };
    this.nextNumber += 1;
    this.recent.add(number, comment);
    return comment;
  }

  find(commentId: string): Comment | undefined {
    return this.recent.find(commentId);
  }

  apply(message: ModerationMessage): void {
    switch (message.action) {
      case 'pin':
        this.pinned = message.comment;
        break;
      case 'unpin':
        this.pinned = null;
        break;
      case 'hide':
        this.hidden.add(message.commentId);
        if (this.pinned?.id === message.commentId) this.pinned = null;
        break;
      case 'mute':
        this.muted.add(message.viewerId);
        break;
    }
  }

  /** Counts one refused attempt of `units` units. */
  refused(sku: string, reason: DemandReason, units: number): void {
    const product = this.demand.get(sku) ?? emptyDemand(sku);
    product[reason].attempts += 1;
    product[reason].units += units;
    this.demand.set(sku, product);
    this.changedDemand.add(sku);
  }

  /** The rows changed since the last call, for the ledger (inside the order transaction). */
  takeDemandRows(): DemandRow[] {
    const rows: DemandRow[] = [];
    for (const sku of this.changedDemand) {
      const product = this.demand.get(sku);
      if (!product) continue;
      for (const reason of DEMAND_REASONS) rows.push({ sku, reason, ...product[reason] });
    }
    this.changedDemand.clear();
    return rows;
  }

  demandMessage(at: number): DemandMessage {
    return {
      at,
      products: [...this.demand.values()].map((p) => ({
        sku: p.sku,
        sold_out: { ...p.sold_out },
        flash_cap: { ...p.flash_cap },
        show_not_live: { ...p.show_not_live },
      })),
    };
  }

  state(at: number): AudienceStateMessage {
    return { at, ...this.moderationState() };
  }

  /** The pinned comment, the newest 10,000 hidden comments and muted viewers. */
  moderationState(): Omit<AudienceStateMessage, 'at'> {
    return {
      pinned: this.pinned,
      hidden: [...this.hidden].slice(-10_000),
      muted: [...this.muted].slice(-10_000),
    };
  }
}
