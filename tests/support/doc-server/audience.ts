/**
 * The audience addition of the doc server (docs/protocol.md section 15): comments, the demand
 * totals and the moderation state. Written from docs/protocol.md alone; nothing comes from src/.
 */
import type { Comment, CommentReport, RejectCode } from './wire';

type DemandReason = 'sold_out' | 'flash_cap' | 'show_not_live';
const DEMAND_REASONS: readonly DemandReason[] = ['sold_out', 'flash_cap', 'show_not_live'];
const REMEMBERED = 50_000;

export type Moderation =
  | { action: 'pin'; commandId: string; at: number; comment: Comment }
  | { action: 'unpin'; commandId: string; at: number }
  | { action: 'hide'; commandId: string; at: number; commentId: string }
  | { action: 'mute'; commandId: string; at: number; viewerId: string };

export type ModerationCommand =
  | { type: 'pinComment'; commandId: string; commentId: string | null }
  | { type: 'hideComment'; commandId: string; commentId: string }
  | { type: 'muteViewer'; commandId: string; viewerId: string };

type Totals = Record<DemandReason, { attempts: number; units: number }>;

export class DocAudience {
  private readonly comments = new Map<string, Comment>();
  private pinned: Comment | null = null;
  private readonly hidden = new Set<string>();
  private readonly muted = new Set<string>();
  private readonly demand = new Map<string, Totals>();
  private counter = 0;
  /** Whether a demand total changed since the last `demand` message. */
  demandChanged = false;

  /** A viewer's comment: the Comment to relay, or null when the viewer is muted. */
  receive(report: CommentReport): Comment | null {
    if (this.muted.has(report.viewerId)) return null;
    this.counter += 1;
    const comment: Comment = { ...report, id: `c-${this.counter}`, at: Date.now() };
    this.comments.set(comment.id, comment);
    if (this.comments.size > REMEMBERED) {
      this.comments.delete(this.comments.keys().next().value as string);
    }
    return comment;
  }

  refused(sku: string, reason: string, qty: number): void {
    if (!DEMAND_REASONS.includes(reason as DemandReason)) return;
    const totals = this.demand.get(sku) ?? {
      sold_out: { attempts: 0, units: 0 },
      flash_cap: { attempts: 0, units: 0 },
      show_not_live: { attempts: 0, units: 0 },
    };
    totals[reason as DemandReason].attempts += 1;
    totals[reason as DemandReason].units += qty;
    this.demand.set(sku, totals);
    this.demandChanged = true;
  }

  /** Applies a moderation command: its effect, or the business rejection. */
  moderate(command: ModerationCommand): Moderation | RejectCode {
    const at = Date.now();
    const { commandId } = command;
    switch (command.type) {
      case 'pinComment': {
        if (command.commentId === null) {
          this.pinned = null;
          return { action: 'unpin', commandId, at };
        }
        const comment = this.comments.get(command.commentId);
        if (!comment || this.hidden.has(comment.id)) return 'unknown_comment';
        this.pinned = comment;
        return { action: 'pin', commandId, at, comment };
      }
      case 'hideComment': {
        if (!this.comments.has(command.commentId)) return 'unknown_comment';
        this.hidden.add(command.commentId);
        if (this.pinned?.id === command.commentId) this.pinned = null;
        return { action: 'hide', commandId, at, commentId: command.commentId };
      }
      case 'muteViewer':
        this.muted.add(command.viewerId);
        return { action: 'mute', commandId, at, viewerId: command.viewerId };
    }
  }

  state(): { at: number; pinned: Comment | null; hidden: string[]; muted: string[] } {
    return {
      at: Date.now(),
      pinned: this.pinned,
      hidden: [...this.hidden].slice(-10_000),
      muted: [...this.muted].slice(-10_000),
    };
  }

  totals(): { at: number; products: ({ sku: string } & Totals)[] } {
    this.demandChanged = false;
    return {
      at: Date.now(),
      products: [...this.demand].map(([sku, totals]) => ({ sku, ...totals })),
    };
  }
}
