import {
  AudienceMessage,
  AudienceStateMessage,
  DemandMessage,
  ModerationMessage,
  parseComments,
  parseWith,
  type Comment,
  type ProductDemand,
} from '../../../shared/protocol';
import { coreText } from '../../../shared/api/core-text';
import { ApiError } from '../../../shared/api/errors';
import {
  AudienceSettings,
  DEFAULT_AUDIENCE_SETTINGS,
  type AudienceComment,
  type AudienceState,
  type HostQuestion,
  type ModerationInput,
  type PromptAlert,
} from '../../../shared/model/audience';
import type { LiveCommand, LiveRun } from '../../../shared/model/live';
import type { OnAirState } from '../../../shared/model/onair';
import { slotActualMs } from '../../../shared/model/slot-actual';
import type { EventHub } from '../api/event-hub';
import type { Db } from '../store/database';
import { inTransaction } from '../store/transaction';
import { AlertRules, type AlertInputs } from './alert-rules';
import { AudienceStore } from './audience-store';
import { CommentIngest, readComment, wallClockAt, type ClockAt } from './comment-ingest';

export interface AudienceEngineDeps {
  db: Db;
  events: EventHub;
  /** Commits a command to the open run's outbox. */
  command(command: LiveCommand): { commandId: string };
  /** The open run's viewer count now (the live header's). */
  viewers(): number;
  /** How often the panel gets a feed event, in ms (default 250). */
  feedMs?: number;
  now?: () => number;
}

/** What the sync session tells the engine (the `audience` addition's messages). */
export interface AudienceLink {
  /** The connection was welcomed; `agreed`: the server agreed to the addition. */
  welcomed(agreed: boolean): void;
  message(name: string, payload: unknown): boolean;
  /** The connection dropped. */
  lost(): void;
}

interface OpenRun {
  run: LiveRun;
  available: boolean;
  ingest: CommentIngest;
  /**
   * The run's clock that comments are counted, sampled and their questions in the last minute
   * counted by: the server's wall clock, or show time.
   */
  clockAt: ClockAt;
  /**
   * The run's clock now, as its slot times are kept: the console's wall clock, or show time. The
   * prompter's alert rules run on it.
   */
  clock: () => number;
  rules: AlertRules;
  /** The last alert check, on the console's clock and on the run's. */
  lastAlertCheck: { at: number; clockAt: number };
  settings: AudienceSettings;
  pinned: AudienceComment | null;
  hidden: Set<string>;
  muted: Set<string>;
  hostQuestion: HostQuestion | null;
  alerts: PromptAlert[];
  demand: Map<string, ProductDemand>;
  /** The run's first totals from the server, which its unmet demand counts from; null until then. */
  demandBase: Map<string, ProductDemand> | null;
}

/**
 * The audience side of the open run: takes the `audience` addition's messages from the sync
 * session, stores comments within their bound (see CommentIngest), keeps the moderation state,
 * the question sent to the host and the prompter alerts, and publishes `audience.feed` (sampled,
 * a few times a second) and `audience.state` (on change).
 */
export class AudienceEngine {
  private open: OpenRun | null = null;
  private readonly store: AudienceStore;
  private readonly now: () => number;
  private onair: OnAirState | null = null;
  /** When the pinned product was first seen sold out (the run's clock), by SKU. */
  private readonly soldOutSeen = new Map<string, number>();
  private timer: NodeJS.Timeout | null = null;
  private readonly unlisten: () => void;

  constructor(private readonly deps: AudienceEngineDeps) {
    this.store = new AudienceStore(deps.db);
    this.now = deps.now ?? Date.now;
    this.unlisten = deps.events.listen((event, payload) => {
      if (event === 'onair.state') this.followOnAir(payload as OnAirState | null);
    });
  }

  private followOnAir(state: OnAirState | null): void {
    this.onair = state;
    const soldOut = state?.soldOut;
    if (soldOut && !this.soldOutSeen.has(soldOut.sku)) {
      const open = this.open?.run.id === state.runId ? this.open : null;
      this.soldOutSeen.set(soldOut.sku, open?.clock() ?? state.at);
    }
  }

  /** A run opened (or resumed): returns the link its sync session reports to. */
  attach(run: LiveRun): AudienceLink {
    this.detach();
    this.soldOutSeen.clear();
    const settings = this.settings(run.showId);
    const open: OpenRun = {
      run,
      available: false,
      ingest: new CommentIngest(() => open.settings.blockedWords),
      clockAt: wallClockAt,
      clock: this.now,
      rules: new AlertRules(() => open.settings.alerts),
      lastAlertCheck: { at: -Infinity, clockAt: -Infinity },
      settings,
      pinned: null,
      hidden: new Set(),
      muted: new Set(),
      hostQuestion: null,
      alerts: [],
      demand: new Map(this.store.latestDemand(run.id).map((p) => [p.sku, p])),
      demandBase: this.demandBase(run.id),
    };
    this.open = open;
    this.timer = setInterval(() => this.tick(), this.deps.feedMs ?? 250);
    this.publishState();
    return {
      welcomed: (agreed) => {
        if (this.open !== open) return;
        open.available = agreed;
        this.publishState();
      },
      message: (name, payload) => this.open === open && this.message(open, name, payload),
      lost: () => {
        if (this.open !== open) return;
        open.available = false;
        this.publishState();
      },
    };
  }

  /**
   * The open run `runId` is a rehearsal: its comments are counted and sampled per minute of show
   * time (`showMs`: show time now; a comment counts in the show minute it arrived in), as a live
   * show's are per minute of the wall clock, so that at 20x it keeps as many per show minute; the
   * prompter's questions in the last minute are of the last show minute.
   */
  countInShowTime(runId: number, showMs: () => number): void {
    const open = this.open;
    if (open?.run.id !== runId) return;
    this.store.countInShowTime(runId);
    open.clockAt = () => showMs();
    open.clock = showMs;
  }

  detach(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
    if (this.open === null) return;
    this.open = null;
    this.deps.events.emit('audience.state', null);
  }

  close(): void {
    this.detach();
    this.unlisten();
  }

  state(): AudienceState | null {
    const open = this.open;
    if (open === null) return null;
    const alerts = open.alerts;
    return {
      runId: open.run.id,
      showId: open.run.showId,
      available: open.available,
      pinned: open.pinned,
      hostQuestion: open.hostQuestion,
      alerts,
      hostAlert: open.settings.alertsOnHostView ? (alerts[0] ?? null) : null,
      muted: [...open.muted],
      hidden: [...open.hidden].slice(-1000),
      counts: { ...open.ingest.counts },
      settings: open.settings,
    };
  }

  recent(): AudienceComment[] {
    return this.open?.ingest.newest(500) ?? [];
  }

  moderate(input: ModerationInput): { commandId: string } {
    const open = this.requireOpen();
    const at = this.now();
    const comment = 'commentId' in input ? this.requireComment(open, input.commentId) : null;
    const command: LiveCommand =
      input.action === 'pin'
        ? { type: 'pinComment', commentId: input.commentId }
        : input.action === 'unpin'
          ? { type: 'pinComment', commentId: null }
          : input.action === 'hide'
            ? { type: 'hideComment', commentId: input.commentId }
            : { type: 'muteViewer', viewerId: input.viewerId };
    const issued = inTransaction(this.deps.db, () => {
      if (comment) this.store.insertComments(open.run.id, [{ comment, kept: 'acted' }]);
      this.store.addAction(open.run.id, at, input.action, comment?.id ?? null, input);
      return this.deps.command(command);
    });
    return issued;
  }

  sendToHost(commentId: string): AudienceState {
    const open = this.requireOpen();
    const comment = this.requireComment(open, commentId);
    if (comment.blocked) {
      throw new ApiError('invalid_input', coreText('comment_blocked'));
    }
    const at = this.now();
    inTransaction(this.deps.db, () => {
      this.store.insertComments(open.run.id, [{ comment, kept: 'acted' }]);
      this.store.addAction(open.run.id, at, 'host', comment.id, {
        name: comment.name,
        text: comment.text,
        sku: comment.sku,
      });
    });
    open.hostQuestion = { comment, sentAt: at };
    return this.publishState();
  }

  hostDone(): AudienceState {
    const open = this.requireOpen();
    if (open.hostQuestion !== null) {
      this.store.addAction(open.run.id, this.now(), 'hostDone', open.hostQuestion.comment.id, {});
      open.hostQuestion = null;
    }
    return this.publishState();
  }

  dismissAlert(alertId: number): AudienceState {
    const open = this.requireOpen();
    open.alerts = open.alerts.filter((alert) => alert.id !== alertId);
    return this.publishState();
  }

  settings(showId: number): AudienceSettings {
    const json = this.store.readSettings(showId);
    if (json === undefined) return DEFAULT_AUDIENCE_SETTINGS;
    const parsed = parseWith(AudienceSettings, JSON.parse(json));
    return parsed.ok ? parsed.value : DEFAULT_AUDIENCE_SETTINGS;
  }

  setSettings(showId: number, settings: AudienceSettings): AudienceSettings {
    this.store.writeSettings(showId, JSON.stringify(settings));
    if (this.open?.run.showId === showId) {
      this.open.settings = settings;
      this.publishState();
    }
    return settings;
  }

  private message(open: OpenRun, name: string, payload: unknown): boolean {
    switch (name) {
      case AudienceMessage.comments: {
        const parsed = parseComments(payload);
        if (parsed !== null) this.comments(open, parsed.comments);
        return true;
      }
      case AudienceMessage.demand: {
        const parsed = parseWith(DemandMessage, payload);
        if (parsed.ok) this.demand(open, parsed.value);
        return true;
      }
      case AudienceMessage.moderation: {
        const parsed = parseWith(ModerationMessage, payload);
        if (parsed.ok) this.moderation(open, parsed.value);
        return true;
      }
      case AudienceMessage.audienceState: {
        const parsed = parseWith(AudienceStateMessage, payload);
        if (parsed.ok) {
          open.pinned = parsed.value.pinned ? this.annotate(open, parsed.value.pinned) : null;
          open.hidden = new Set(parsed.value.hidden);
          open.muted = new Set(parsed.value.muted);
          this.publishState();
        }
        return true;
      }
      default:
        return false;
    }
  }

  private comments(open: OpenRun, comments: readonly Comment[]): void {
    const result = open.ingest.take(comments, open.clock(), open.clockAt);
    inTransaction(this.deps.db, () => {
      this.store.insertComments(open.run.id, result.rows);
      for (const [minute, counts] of result.minutes)
        this.store.addMinute(open.run.id, minute, counts);
    });
  }

  /**
   * The run's baseline totals: those stored at its base time, or none stored yet (null). A run
   * with totals but no base time (stored before there was one) counts from zero.
   */
  private demandBase(runId: number): Map<string, ProductDemand> | null {
    const base = this.store.baseDemand(runId);
    if (
      this.store.demandBaseAt(runId) === undefined &&
      this.store.latestDemand(runId).length === 0
    ) {
      return null;
    }
    return new Map(base.map((p) => [p.sku, p]));
  }

  private demand(open: OpenRun, message: DemandMessage): void {
    const changed = message.products.filter((product) => {
      const before = open.demand.get(product.sku);
      return before === undefined || JSON.stringify(before) !== JSON.stringify(product);
    });
    const first = open.demandBase === null;
    if (!first && changed.length === 0) return;
    inTransaction(this.deps.db, () => {
      if (first) this.store.setDemandBase(open.run.id, message.at);
      this.store.addDemand(open.run.id, message.at, changed);
    });
    if (first) open.demandBase = new Map(changed.map((p) => [p.sku, p]));
    for (const product of changed) open.demand.set(product.sku, product);
  }

  private moderation(open: OpenRun, message: ModerationMessage): void {
    switch (message.action) {
      case 'pin':
        open.pinned = this.annotate(open, message.comment);
        break;
      case 'unpin':
        open.pinned = null;
        break;
      case 'hide':
        open.hidden.add(message.commentId);
        if (open.pinned?.id === message.commentId) open.pinned = null;
        if (open.hostQuestion?.comment.id === message.commentId) open.hostQuestion = null;
        break;
      case 'mute':
        open.muted.add(message.viewerId);
        break;
    }
    this.publishState();
  }

  private annotate(open: OpenRun, comment: Comment): AudienceComment {
    return open.ingest.find(comment.id) ?? readComment(comment, open.settings.blockedWords);
  }

  private tick(): void {
    const open = this.open;
    if (open === null) return;
    const now = this.now();
    open.ingest.tick(open.clock());
    const comments = open.ingest.takeFeed();
    if (comments.length > 0 || open.available) {
      this.deps.events.emit('audience.feed', {
        runId: open.run.id,
        comments,
        counts: { ...open.ingest.counts },
      });
    }
    // The alerts are checked once a second of either clock: at 20x, every feed tick.
    const clockNow = open.clock();
    const last = open.lastAlertCheck;
    if (now - last.at < 1000 && clockNow - last.clockAt < 1000) return;
    open.lastAlertCheck = { at: now, clockAt: clockNow };
    const alert = open.rules.evaluate(this.alertInputs(open, clockNow));
    if (alert === null) return;
    this.store.addAction(open.run.id, now, 'alert', null, alert);
    open.alerts = [alert, ...open.alerts].slice(0, 20);
    this.publishState();
  }

  /** `clockNow`: the run's clock now. */
  private alertInputs(open: OpenRun, clockNow: number): AlertInputs {
    const onair = this.onair?.runId === open.run.id ? this.onair : null;
    const pinned = onair?.pinned ?? null;
    const slot = pinned === null ? undefined : onair?.slots.find((s) => s.sku === pinned.sku);
    const pinnedSoldOut = pinned !== null && onair?.soldOut?.sku === pinned.sku;
    const soldOut = new Set(onair?.slots.filter((s) => s.soldOut).map((s) => s.sku) ?? []);
    if (pinned !== null && pinnedSoldOut) soldOut.add(pinned.sku);
    const refused = new Map<string, number>();
    for (const [sku, product] of open.demand) {
      const base = open.demandBase?.get(sku)?.sold_out.attempts ?? 0;
      if (soldOut.has(sku)) refused.set(sku, product.sold_out.attempts - base);
    }
    return {
      now: clockNow,
      pinned:
        pinned === null
          ? null
          : {
              sku: pinned.sku,
              pinnedSince: slot?.pinnedSince ?? null,
              soldOutAt: pinnedSoldOut ? (this.soldOutSeen.get(pinned.sku) ?? clockNow) : null,
            },
      slot:
        slot === undefined
          ? null
          : {
              sku: slot.sku,
              plannedSeconds: slot.plannedSeconds,
              actualMs: slotActualMs(slot, clockNow),
            },
      viewers: this.deps.viewers(),
      refusedSoldOut: refused,
      questionsLastMinute: open.ingest.questionsLastMinute(clockNow),
    };
  }

  private publishState(): AudienceState {
    const state = this.state();
    this.deps.events.emit('audience.state', state);
    if (state === null) throw new ApiError('conflict', coreText('no_run'));
    return state;
  }

  private requireOpen(): OpenRun {
    if (this.open === null) throw new ApiError('conflict', coreText('no_run_open'));
    return this.open;
  }

  private requireComment(open: OpenRun, commentId: string): AudienceComment {
    const comment =
      open.ingest.find(commentId) ?? (open.pinned?.id === commentId ? open.pinned : undefined);
    if (!comment) throw new ApiError('not_found', coreText('comment_missing', { id: commentId }));
    return comment;
  }
}
