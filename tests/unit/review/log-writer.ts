import { openDatabase, type Db } from '../../../src/main/core/store/database';
import { createRun } from '../../../src/main/core/runs/run-repository';
import { appendReviewEntry } from '../../../src/main/core/review/review-log';
import { RunLog } from '../../../src/main/core/sync/run-log';
import { RunLogKind, type LiveRun, type RunKind } from '../../../src/shared/model/live';
import { OnAirLogKind } from '../../../src/shared/model/onair';
import { ReviewLogKind } from '../../../src/shared/model/review';
import { REHEARSAL_LOG_KIND, type RehearsalLogEntry } from '../../../src/shared/model/rehearsal';
import type { ServerEvent, UnsequencedEvent } from '../../../src/shared/protocol';

/** Start of the handwritten runs: 2024-06-18 20:00:00 UTC. */
export const T0 = Date.UTC(2024, 5, 18, 20, 0, 0);

interface Stock {
  stock: number;
  sold: number;
  priceMinor: number;
}

/**
 * Writes a run log by hand, as the sync engine would: server events with consecutive seq and
 * their own time, and console entries (link, commands, notes, talking points).
 */
export class LogWriter {
  private seq = 0;
  private orderId = 0;
  private readonly stock = new Map<string, Stock>();
  private readonly log: RunLog;

  constructor(
    readonly db: Db,
    readonly run: LiveRun,
    /** Writes events as a database before the review migration had them: no rollup. */
    private readonly beforeReview = false,
  ) {
    this.log = new RunLog(db);
  }

  event(event: UnsequencedEvent, at: number): ServerEvent {
    this.seq += 1;
    const full = { ...event, seq: this.seq, at } as ServerEvent;
    if (this.beforeReview) this.log.append(this.run.id, RunLogKind.event, full, at);
    else this.db.transaction(() => this.log.appendEvents(this.run.id, [full], at))();
    return full;
  }

  product(sku: string, stock: number, priceMinor: number, at: number, name = `Product ${sku}`) {
    this.stock.set(sku, { stock, sold: 0, priceMinor });
    const product = { sku, name, priceMinor, currency: 'CNY' as const, stock, sold: 0 };
    this.event({ type: 'product', product: { ...product, flashSale: null } }, at);
  }

  order(sku: string, qty: number, at: number, priceMinor?: number): void {
    const state = this.require(sku);
    state.stock -= qty;
    state.sold += qty;
    this.orderId += 1;
    this.event(
      {
        type: 'order',
        orderId: String(this.orderId),
        sku,
        qty,
        priceMinor: priceMinor ?? state.priceMinor,
        stock: state.stock,
        sold: state.sold,
        buyer: `viewer-${this.orderId}`,
      },
      at,
    );
  }

  restock(sku: string, units: number, at: number): void {
    const state = this.require(sku);
    state.stock += units;
    this.event({ type: 'stock', sku, stock: state.stock, sold: state.sold }, at);
  }

  price(sku: string, priceMinor: number, at: number): void {
    this.require(sku).priceMinor = priceMinor;
    this.event({ type: 'price', sku, priceMinor }, at);
  }

  pin(sku: string | null, at: number): void {
    this.event({ type: 'pin', sku, until: null }, at);
  }

  showState(state: 'live' | 'ended', at: number): void {
    this.event({ type: 'showState', state }, at);
  }

  link(state: 'connected' | 'reconnecting' | 'offline', reason: string, at: number): void {
    this.log.append(this.run.id, RunLogKind.link, { state, reason }, at);
  }

  note(text: string, at: number): void {
    appendReviewEntry(this.db, this.run.id, ReviewLogKind.note, { text }, at);
  }

  /** The on-air console moves to a show-level talking point with this id and text. */
  talkingPoint(talkingPointId: number, text: string, at: number): void {
    this.db
      .prepare(
        `INSERT INTO talking_points (id, show_id, product_id, position, text_host, text_audience,
           planned_seconds) VALUES (?, ?, NULL, 0, ?, ?, 30) ON CONFLICT (id) DO NOTHING`,
      )
      .run(talkingPointId, this.run.showId, text, text);
    this.db
      .prepare('INSERT INTO run_log (run_id, at, kind, payload) VALUES (?, ?, ?, ?)')
      .run(
        this.run.id,
        at,
        OnAirLogKind.talkingPoint,
        JSON.stringify({ action: 'current', talkingPointId, fromId: null, reason: 'next' }),
      );
  }

  protocolError(message: string, at: number): void {
    this.log.append(
      this.run.id,
      RunLogKind.protocolError,
      { reason: 'malformed_event', message, copy: '{}' },
      at,
    );
  }

  rejected(kind: string, code: string, at: number): void {
    this.log.append(
      this.run.id,
      RunLogKind.commandOutcome,
      {
        runId: this.run.id,
        commandId: `c-${at}`,
        kind,
        status: 'rejected',
        reason: { code, message: code },
      },
      at,
    );
  }

  /** A rehearsal's own entry (controls and clock), as the rehearsal session writes it. */
  rehearsal(entry: RehearsalLogEntry, at: number): void {
    this.db
      .prepare('INSERT INTO run_log (run_id, at, kind, payload) VALUES (?, ?, ?, ?)')
      .run(this.run.id, at, REHEARSAL_LOG_KIND, JSON.stringify(entry));
  }

  end(at: number): void {
    this.db.prepare('UPDATE runs SET ended_at = ? WHERE id = ?').run(at, this.run.id);
    this.log.append(this.run.id, RunLogKind.runEnded, {}, at);
  }

  private require(sku: string): Stock {
    const state = this.stock.get(sku);
    if (!state) throw new Error(`no product ${sku}`);
    return state;
  }
}

/** A migrated in-memory database with a show and a run started at T0. */
export function handwrittenRun(
  options: {
    db?: Db;
    kind?: RunKind;
    showName?: string;
    name?: string;
    showId?: number;
    beforeReview?: boolean;
  } = {},
): LogWriter {
  const db = options.db ?? openDatabase(':memory:').db;
  const now = new Date(T0).toISOString();
  const showId =
    options.showId ??
    Number(
      db
        .prepare(
          `INSERT INTO shows (name, host_language, audience_language, created_at, updated_at)
           VALUES (?, 'en', 'zh-CN', ?, ?)`,
        )
        .run(options.showName ?? 'Review show', now, now).lastInsertRowid,
    );
  const run = createRun(
    db,
    {
      showId,
      kind: options.kind ?? 'live',
      name: options.name ?? 'Evening run',
      target: { serverUrl: 'http://127.0.0.1:9', serverShowId: 'show-1', token: 't' },
    },
    T0,
  );
  return new LogWriter(db, run, options.beforeReview);
}
