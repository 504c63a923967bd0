import type { Show, TalkingPointInput } from '../../../shared/model/lineup';
import type { LiveRun, LiveState } from '../../../shared/model/live';
import type { Cue, CurrentReason, OnAirState } from '../../../shared/model/onair';
import { ApiError } from '../../../shared/api/errors';
import { coreText } from '../../../shared/api/core-text';
import { addTalkingPoint } from '../lineup/talking-point-repository';
import { loadShow } from '../lineup/show-queries';
import type { Db } from '../store/database';
import { inTransaction } from '../store/transaction';
import type { OnAirLog } from './onair-log';
import type { OnAirRecord, OnAirStore, StoredCue } from './onair-store';
import { nextPointId, previousPointId } from '../../../shared/model/queue-order';
import { buildOnAirState } from './onair-view';
import {
  followPinTarget,
  insertAfter,
  mergeLineup,
  pointAfterDone,
  reorderQueue,
  requireEntry,
  type QueueEntry,
} from './queue-rules';
import { lineupPoints, sameQueue, startRecord } from './run-start';
import { observeLive, type ObservedRun } from './observe-live';
import type { SlotTime } from './slot-times';

export interface OnAirRunDeps {
  db: Db;
  store: OnAirStore;
  log: OnAirLog;
  /**
   * Show time now while the run is a rehearsal kept in show time; null for a live run, whose
   * slot times are on the console's wall clock.
   */
  showMs(): number | null;
}

/** When End show was issued: on the console's clock, and on the run's clock (its slot times'). */
interface EndOfShow {
  at: number;
  clockAt: number;
}

/**
 * What is on air in one run: its queue, current point, cue and slot times, kept in the database.
 * Every change is written with its run log entry in one transaction, and only then adopted here.
 */
export class OnAirRun {
  private ended: EndOfShow | null = null;
  private show: Show;
  private record: OnAirRecord;
  private queue: QueueEntry[];
  private slots: Map<string, SlotTime>;
  /** The show state and sync flag of the last live state seen in this process. */
  private seen: ObservedRun['seen'] = { showState: null, synced: false };

  private constructor(
    private readonly deps: OnAirRunDeps,
    readonly run: LiveRun,
    stored: { record: OnAirRecord; queue: QueueEntry[]; slots: Map<string, SlotTime> },
  ) {
    this.show = loadShow(deps.db, run.showId);
    this.record = stored.record;
    this.queue = stored.queue;
    this.slots = stored.slots;
  }

  /** Loads the run's on-air state, or starts it from the lineup (first point current). */
  static open(deps: OnAirRunDeps, run: LiveRun, at: number): OnAirRun {
    const stored = deps.store.load(run.id);
    if (stored) {
      const resumed = new OnAirRun(deps, run, stored);
      resumed.lineupChanged(at);
      return resumed;
    }
    const show = loadShow(deps.db, run.showId);
    const queue = lineupPoints(show).map((point) => ({ ...point, done: false }));
    const record = startRecord(queue[0]?.id ?? null);
    inTransaction(deps.db, () => {
      deps.store.saveRecord(run.id, record, at);
      deps.store.saveQueue(run.id, queue, at);
      deps.log.talkingPoint(
        run.id,
        { action: 'current', talkingPointId: record.currentId, fromId: null, reason: 'start' },
        at,
      );
    });
    return new OnAirRun(deps, run, { record, queue, slots: new Map() });
  }

  get showId(): number {
    return this.run.showId;
  }

  /**
   * When End show was issued (read once from the run log); for a show another console ended,
   * when this one first saw it ended. A rehearsal's show time is read when this first saw it.
   */
  private endOfShow(live: LiveState, now: number): EndOfShow | null {
    if (live.displayShowState !== 'ended') {
      this.ended = null;
      return null;
    }
    if (this.ended === null) {
      const at = this.deps.store.endShowAt(this.run.id) ?? now;
      this.ended = { at, clockAt: this.deps.showMs() ?? at };
    }
    return this.ended;
  }

  view(live: LiveState, revision: number, now: number): OnAirState {
    const ended = this.endOfShow(live, now);
    return buildOnAirState({
      show: this.show,
      record: this.record,
      queue: this.queue,
      slots: this.slots,
      live,
      endShowAt: ended?.at ?? null,
      slotsEndAt: ended?.clockAt ?? null,
      revision,
      now,
    });
  }

  /** The lineup was edited: new points join the queue, removed ones leave it. */
  lineupChanged(at: number): void {
    this.show = loadShow(this.deps.db, this.run.showId);
    const queue = mergeLineup(this.queue, lineupPoints(this.show));
    const currentGone =
      this.record.currentId !== null && !queue.some((entry) => entry.id === this.record.currentId);
    const cueGone =
      this.record.cue !== null &&
      !this.show.products.some((product) => product.id === this.record.cue?.productId);
    if (sameQueue(queue, this.queue) && !currentGone && !cueGone) return;
    const record = {
      ...this.record,
      currentId: currentGone ? null : this.record.currentId,
      cue: cueGone ? null : this.record.cue,
    };
    inTransaction(this.deps.db, () => {
      this.deps.store.saveQueue(this.run.id, queue, at);
      this.deps.store.saveRecord(this.run.id, record, at);
    });
    this.queue = queue;
    this.record = record;
  }

  next(at: number): void {
    const target = nextPointId(this.queue, this.record.currentId);
    if (target !== null) this.moveTo(target, 'next', at);
  }

  previous(at: number): void {
    const target = previousPointId(this.queue, this.record.currentId);
    if (target !== null) this.moveTo(target, 'previous', at);
  }

  goto(talkingPointId: number, at: number): void {
    requireEntry(this.queue, talkingPointId);
    this.moveTo(talkingPointId, 'goto', at);
  }

  /** Marks the current point done and moves on to the next one not done. */
  done(at: number): void {
    const currentId = this.record.currentId;
    if (currentId === null) throw new ApiError('conflict', coreText('no_current_talking_point'));
    const queue = this.queue.map((entry) =>
      entry.id === currentId ? { ...entry, done: true } : entry,
    );
    const target = pointAfterDone(queue, currentId);
    const record = { ...this.record, currentId: target };
    inTransaction(this.deps.db, () => {
      this.deps.store.saveQueue(this.run.id, queue, at);
      this.deps.store.saveRecord(this.run.id, record, at);
      this.deps.log.talkingPoint(this.run.id, { action: 'done', talkingPointId: currentId }, at);
      this.deps.log.talkingPoint(
        this.run.id,
        { action: 'current', talkingPointId: target, fromId: currentId, reason: 'done' },
        at,
      );
    });
    this.queue = queue;
    this.record = record;
  }

  reorder(talkingPointIds: readonly number[], at: number): void {
    const queue = reorderQueue(this.queue, talkingPointIds);
    inTransaction(this.deps.db, () => {
      this.deps.store.saveQueue(this.run.id, queue, at);
      this.deps.log.talkingPoint(
        this.run.id,
        { action: 'reorder', talkingPointIds: queue.map((entry) => entry.id) },
        at,
      );
    });
    this.queue = queue;
  }

  /**
   * Adds a point to the show's lineup and to the queue right after the current point, so it is
   * the next one. The caller announces the lineup change once this returns.
   */
  addPoint(productId: number | null, point: TalkingPointInput, at: number): void {
    const { show, queue } = inTransaction(this.deps.db, () => {
      const updated = addTalkingPoint(this.deps.db, this.run.showId, productId, point);
      const group =
        productId === null
          ? updated.talkingPoints
          : (updated.products.find((product) => product.id === productId)?.talkingPoints ?? []);
      const added = group[group.length - 1];
      const queue = insertAfter(this.queue, this.record.currentId, {
        id: added.id,
        productId,
        done: false,
      });
      this.deps.store.saveQueue(this.run.id, queue, at);
      this.deps.log.talkingPoint(
        this.run.id,
        { action: 'add', talkingPointId: added.id, productId, point },
        at,
      );
      return { show: updated, queue };
    });
    this.show = show;
    this.queue = queue;
  }

  setFollowPin(on: boolean, at: number): void {
    if (this.record.followPin === on) return;
    this.write({ ...this.record, followPin: on }, at, () =>
      this.deps.log.talkingPoint(this.run.id, { action: 'followPin', on }, at),
    );
  }

  arm(cue: Cue, at: number): void {
    const product = this.requireProduct(cue.productId);
    this.write({ ...this.record, cue: { ...cue, auto: false, armedAt: at } }, at, () =>
      this.deps.log.cue(this.run.id, { action: 'arm', cue, sku: product.sku, auto: false }, at),
    );
  }

  clearCue(at: number): void {
    if (this.record.cue === null) return;
    this.write({ ...this.record, cue: null }, at, () =>
      this.deps.log.cue(this.run.id, { action: 'clear' }, at),
    );
  }

  setAutoArm(on: boolean, at: number): void {
    if (this.record.autoArm === on) return;
    this.write({ ...this.record, autoArm: on }, at, () =>
      this.deps.log.cue(this.run.id, { action: 'autoArm', on }, at),
    );
  }

  /** The armed cue and the SKU it pins; `conflict` when none is armed. */
  armedCue(): { cue: StoredCue; sku: string } {
    const cue = this.record.cue;
    if (cue === null) throw new ApiError('conflict', coreText('no_cue_armed'));
    return { cue, sku: this.requireProduct(cue.productId).sku };
  }

  /** The armed cue's commands are in the outbox: it is cleared, and its points loaded. */
  fired(commandIds: string[], at: number): void {
    const { cue, sku } = this.armedCue();
    const fromId = this.record.currentId;
    const target = cue.loadTalkingPoints ? followPinTarget(this.queue, cue.productId) : null;
    const record = { ...this.record, cue: null, currentId: target ?? fromId };
    this.write(record, at, () => {
      this.deps.log.cue(this.run.id, { action: 'fire', cue, sku, commandIds }, at);
      if (target !== null && target !== fromId) {
        this.deps.log.talkingPoint(
          this.run.id,
          { action: 'current', talkingPointId: target, fromId, reason: 'cue' },
          at,
        );
      }
    });
  }

  /** Follows a live state of the run (see observeLive) and stores what it changed. */
  observe(live: LiveState, at: number): void {
    const change = observeLive(
      {
        show: this.show,
        record: this.record,
        queue: this.queue,
        slots: this.slots,
        seen: this.seen,
        startShowAckAt: () => this.deps.store.startShowAckAt(this.run.id),
      },
      live,
      at,
      this.deps.showMs() ?? at,
    );
    this.seen = { showState: live.showState, synced: live.synced };
    if (change === null) return;
    this.write(change.record, at, () => {
      for (const sku of change.changedSlots) {
        const slot = change.slots.get(sku);
        if (slot) this.deps.store.saveSlot(this.run.id, sku, slot);
      }
      for (const entry of change.talkingPoints) this.deps.log.talkingPoint(this.run.id, entry, at);
      for (const entry of change.cues) this.deps.log.cue(this.run.id, entry, at);
    });
    this.slots = change.slots;
  }

  private moveTo(talkingPointId: number, reason: CurrentReason, at: number): void {
    const fromId = this.record.currentId;
    if (fromId === talkingPointId) return;
    this.write({ ...this.record, currentId: talkingPointId }, at, () =>
      this.deps.log.talkingPoint(
        this.run.id,
        { action: 'current', talkingPointId, fromId, reason },
        at,
      ),
    );
  }

  /** Stores the record (and whatever `also` writes) in one transaction, then adopts it. */
  private write(record: OnAirRecord, at: number, also?: () => void): void {
    inTransaction(this.deps.db, () => {
      this.deps.store.saveRecord(this.run.id, record, at);
      also?.();
    });
    this.record = record;
  }

  private requireProduct(productId: number) {
    const product = this.show.products.find((candidate) => candidate.id === productId);
    if (!product) {
      throw new ApiError('not_found', coreText('product_not_in_run_show', { id: productId }));
    }
    return product;
  }
}
