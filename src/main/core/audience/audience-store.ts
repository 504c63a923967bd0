import type { ProductDemand } from '../../../shared/protocol';
import { DEMAND_REASONS } from '../../../shared/protocol';
import type { AudienceComment } from '../../../shared/model/audience';
import type { Db } from '../store/database';

export type KeptReason = 'question' | 'sample' | 'acted';

export interface MinuteCounts {
  comments: number;
  questions: number;
  blocked: number;
  stored: number;
}

export type AudienceAction = 'host' | 'hostDone' | 'pin' | 'unpin' | 'hide' | 'mute' | 'alert';

/** The run's audience tables (migration 008): SQL only, no rules. */
export class AudienceStore {
  constructor(private readonly db: Db) {}

  /** Stores comments (a repeat of an id only raises it to `acted`). */
  insertComments(
    runId: number,
    rows: readonly { comment: AudienceComment; kept: KeptReason }[],
  ): void {
    const insert = this.db.prepare(
      `INSERT INTO audience_comments
         (run_id, comment_id, at, viewer_id, name, text, lang, sku, question, blocked, kept)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (run_id, comment_id) DO UPDATE SET
         kept = CASE WHEN excluded.kept = 'acted' THEN 'acted' ELSE kept END`,
    );
    for (const { comment: c, kept } of rows) {
      insert.run(
        runId,
        c.id,
        c.at,
        c.viewerId,
        c.name,
        c.text,
        c.lang,
        c.sku,
        c.question ? 1 : 0,
        c.blocked ? 1 : 0,
        kept,
      );
    }
  }

  /** Marks the run's minutes as minutes of show time (a rehearsal's), before any is stored. */
  countInShowTime(runId: number): void {
    this.db.prepare('INSERT OR IGNORE INTO audience_show_minutes (run_id) VALUES (?)').run(runId);
  }

  addMinute(runId: number, minute: number, counts: MinuteCounts): void {
    this.db
      .prepare(
        `INSERT INTO audience_minutes (run_id, minute, comments, questions, blocked, stored)
         VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (run_id, minute) DO UPDATE SET
           comments = comments + excluded.comments, questions = questions + excluded.questions,
           blocked = blocked + excluded.blocked, stored = stored + excluded.stored`,
      )
      .run(runId, minute, counts.comments, counts.questions, counts.blocked, counts.stored);
  }

  /** Stores the totals of the products whose figures changed. */
  addDemand(runId: number, at: number, products: readonly ProductDemand[]): void {
    const insert = this.db.prepare(
      `INSERT OR IGNORE INTO audience_demand (run_id, at, sku, reason, attempts, units)
       VALUES (?, ?, ?, ?, ?, ?)`,
    );
    for (const product of products) {
      for (const reason of DEMAND_REASONS) {
        insert.run(runId, at, product.sku, reason, product[reason].attempts, product[reason].units);
      }
    }
  }

  /** Marks the totals stored at server time `at` as the run's baseline (its first totals). */
  setDemandBase(runId: number, at: number): void {
    this.db
      .prepare('INSERT OR IGNORE INTO audience_demand_base (run_id, at) VALUES (?, ?)')
      .run(runId, at);
  }

  /** The server time of the run's baseline totals; undefined until the run received any. */
  demandBaseAt(runId: number): number | undefined {
    const row = this.db
      .prepare('SELECT at FROM audience_demand_base WHERE run_id = ?')
      .get(runId) as { at: number } | undefined;
    return row?.at;
  }

  /** The newest totals stored per product (to send only what changed). */
  latestDemand(runId: number): ProductDemand[] {
    return this.demandAt(runId, Number.MAX_SAFE_INTEGER);
  }

  /** The run's baseline totals per product (none before the run received its first totals). */
  baseDemand(runId: number): ProductDemand[] {
    const at = this.demandBaseAt(runId);
    return at === undefined ? [] : this.demandAt(runId, at);
  }

  /** Per product, the newest totals stored at or before server time `at`. */
  private demandAt(runId: number, at: number): ProductDemand[] {
    const rows = this.db
      .prepare(
        `SELECT d.sku, d.reason, d.attempts, d.units FROM audience_demand d
         WHERE d.run_id = ? AND d.at = (SELECT MAX(at) FROM audience_demand e
                                        WHERE e.run_id = d.run_id AND e.sku = d.sku AND e.at <= ?)`,
      )
      .all(runId, at) as {
      sku: string;
      reason: (typeof DEMAND_REASONS)[number];
      attempts: number;
      units: number;
    }[];
    const bySku = new Map<string, ProductDemand>();
    for (const row of rows) {
      const product = bySku.get(row.sku) ?? {
        sku: row.sku,
        sold_out: { attempts: 0, units: 0 },
        flash_cap: { attempts: 0, units: 0 },
        show_not_live: { attempts: 0, units: 0 },
      };
      product[row.reason] = { attempts: row.attempts, units: row.units };
      bySku.set(row.sku, product);
    }
    return [...bySku.values()];
  }

  addAction(
    runId: number,
    at: number,
    action: AudienceAction,
    commentId: string | null,
    detail: unknown,
  ): void {
    this.db
      .prepare(
        'INSERT INTO audience_actions (run_id, at, action, comment_id, detail) VALUES (?, ?, ?, ?, ?)',
      )
      .run(runId, at, action, commentId, JSON.stringify(detail));
  }

  readSettings(showId: number): string | undefined {
    const row = this.db
      .prepare('SELECT settings FROM audience_settings WHERE show_id = ?')
      .get(showId) as { settings: string } | undefined;
    return row?.settings;
  }

  writeSettings(showId: number, json: string): void {
    this.db
      .prepare(
        `INSERT INTO audience_settings (show_id, settings) VALUES (?, ?)
         ON CONFLICT (show_id) DO UPDATE SET settings = excluded.settings`,
      )
      .run(showId, json);
  }
}
