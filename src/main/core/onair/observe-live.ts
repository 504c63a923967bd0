import type { Show } from '../../../shared/model/lineup';
import type { LiveState, ShowState } from '../../../shared/model/live';
import { autoCue, nextSlotInStock } from './cue-rules';
import type { CueEntry, TalkingPointEntry } from './onair-log';
import type { OnAirRecord } from './onair-store';
import { followPinTarget, type QueueEntry } from './queue-rules';
import { movePin, type SlotTime } from './slot-times';

/** What the run looked like before this live state. */
export interface ObservedRun {
  show: Show;
  record: OnAirRecord;
  queue: readonly QueueEntry[];
  slots: ReadonlyMap<string, SlotTime>;
  /** The show state and sync flag of the previous live state seen in this process. */
  seen: { showState: ShowState | null; synced: boolean };
  /** When the server acknowledged the run's startShow (from the run log), if it did. */
  startShowAckAt(): number | null;
}

/** What to store after a live state: the record, slot times and run log entries. */
export interface LiveChange {
  record: OnAirRecord;
  slots: Map<string, SlotTime>;
  changedSlots: string[];
  talkingPoints: TalkingPointEntry[];
  cues: CueEntry[];
}

function copySlots(slots: ReadonlyMap<string, SlotTime>): Map<string, SlotTime> {
  return new Map([...slots].map(([sku, slot]) => [sku, { ...slot }]));
}

/**
 * Follows one live state seen at `at` (console clock), `clockAt` on the run's clock (show time in
 * a rehearsal, else `at`): the pin moved (slot times; the current point follows the pin when that
 * is on), the show went live (the on-air clock starts), the pinned product sold out (the next slot
 * in stock is armed when auto-arm is on). Returns null when nothing changed.
 */
export function observeLive(
  run: ObservedRun,
  live: LiveState,
  at: number,
  clockAt: number,
): LiveChange | null {
  const change: LiveChange = {
    record: { ...run.record },
    slots: copySlots(run.slots),
    changedSlots: [],
    talkingPoints: [],
    cues: [],
  };
  const pinMoved = live.pin.sku !== run.record.lastPinSku;
  if (pinMoved) followPin(run, change, live.pin.sku, clockAt);
  const started = noteShowStart(run, change, live, at);
  const armed = autoArm(run, change, live, at);
  return pinMoved || started || armed ? change : null;
}

function followPin(
  run: ObservedRun,
  change: LiveChange,
  sku: string | null,
  clockAt: number,
): void {
  change.changedSlots = movePin(change.slots, run.record.lastPinSku, sku, clockAt);
  change.record.lastPinSku = sku;
  const product = run.show.products.find((candidate) => candidate.sku === sku);
  if (!run.record.followPin || !product) return;
  const target = followPinTarget(run.queue, product.id);
  const fromId = run.record.currentId;
  if (target === null || target === fromId) return;
  change.record.currentId = target;
  change.talkingPoints.push({
    action: 'current',
    talkingPointId: target,
    fromId,
    reason: 'followPin',
  });
}

/** The clock starts at the startShow acknowledgement, or when the console saw the show go live. */
function noteShowStart(run: ObservedRun, change: LiveChange, live: LiveState, at: number): boolean {
  const before = run.seen.showState;
  if (run.record.showStartedAt !== null || live.showState === 'planned') return false;
  if (before !== null && before !== 'planned') return false;
  const startedAt = run.startShowAckAt() ?? (before === 'planned' && run.seen.synced ? at : null);
  if (startedAt === null) return false;
  change.record.showStartedAt = startedAt;
  return true;
}

function autoArm(run: ObservedRun, change: LiveChange, live: LiveState, at: number): boolean {
  const sku = live.pin.sku;
  const record = change.record;
  if (!record.autoArm || sku === null || record.autoArmedSku === sku) return false;
  const liveBySku = new Map(live.products.map((product) => [product.sku, product]));
  if (liveBySku.get(sku)?.stock !== 0) return false;
  record.autoArmedSku = sku;
  if (record.cue !== null) return true;
  const target = nextSlotInStock(run.show.products, sku, liveBySku);
  if (target === null) return true;
  const cue = autoCue(target.id);
  record.cue = { ...cue, auto: true, armedAt: at };
  change.cues.push({ action: 'arm', cue, sku: target.sku, auto: true });
  return true;
}
