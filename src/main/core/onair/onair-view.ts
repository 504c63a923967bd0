import type { Product, Show, TalkingPoint } from '../../../shared/model/lineup';
import type { LiveProduct, LiveState } from '../../../shared/model/live';
import type {
  OnAirCue,
  OnAirPoint,
  OnAirProduct,
  OnAirSlot,
  OnAirSoldOut,
  OnAirState,
} from '../../../shared/model/onair';
import { nextSlotInStock } from './cue-rules';
import type { OnAirRecord } from './onair-store';
import { nextPointId } from '../../../shared/model/queue-order';
import type { QueueEntry } from './queue-rules';
import { closeSpan, type SlotTime } from './slot-times';

/** Everything one on-air state is built from. */
export interface ViewInput {
  show: Show;
  record: OnAirRecord;
  queue: readonly QueueEntry[];
  slots: ReadonlyMap<string, SlotTime>;
  live: LiveState;
  /** When End show was issued in this run (console clock), if it was. */
  endShowAt: number | null;
  /** The same on the run's clock (show time in a rehearsal): the slots' open spans close there. */
  slotsEndAt: number | null;
  revision: number;
  now: number;
}

/** A talking point with the product it belongs to. */
interface PointOf {
  point: TalkingPoint;
  product: Product | null;
}

function pointsById(show: Show): Map<number, PointOf> {
  const points = new Map<number, PointOf>();
  for (const point of show.talkingPoints) points.set(point.id, { point, product: null });
  for (const product of show.products) {
    for (const point of product.talkingPoints) points.set(point.id, { point, product });
  }
  return points;
}

/**
 * Builds the state the producer's screen and the host view show. The talking points name the
 * product whose live values fill them; the screens fill them from the live row their cards read.
 */
export function buildOnAirState(input: ViewInput): OnAirState {
  const { show, record, queue, live, now } = input;
  const liveBySku = new Map(live.products.map((product) => [product.sku, product]));
  const pinnedLive = live.pin.sku === null ? undefined : liveBySku.get(live.pin.sku);
  const toConsole = (serverTime: number) => serverTime - (live.link.clockOffsetMs ?? 0);
  const points = pointsById(show);

  const pointOf = (entry: QueueEntry): OnAirPoint | null => {
    const found = points.get(entry.id);
    if (!found) return null;
    const { point, product } = found;
    return {
      id: point.id,
      productId: point.productId,
      plannedSeconds: point.plannedSeconds,
      done: entry.done,
      templateHost: point.textHost,
      templateAudience: point.textAudience,
      valuesSku: product ? product.sku : (pinnedLive?.sku ?? null),
    };
  };

  const listed = new Map<number, OnAirPoint>();
  for (const entry of queue) {
    const point = pointOf(entry);
    if (point) listed.set(point.id, point);
  }
  const nextId = nextPointId(queue, record.currentId);

  return {
    runId: live.run.id,
    runKind: live.run.kind,
    showId: show.id,
    showName: show.name,
    hostLanguage: show.hostLanguage,
    audienceLanguage: show.audienceLanguage,
    revision: input.revision,
    at: now,
    queue: [...listed.values()],
    current: record.currentId === null ? null : (listed.get(record.currentId) ?? null),
    next: nextId === null ? null : (listed.get(nextId) ?? null),
    followPin: record.followPin,
    autoArm: record.autoArm,
    cue: cueView(show, record),
    clock: {
      ...(record.showStartedAt === null
        ? { startedAt: live.run.startedAt, source: 'run' as const }
        : { startedAt: record.showStartedAt, source: 'show' as const }),
      stoppedAt: live.displayShowState === 'ended' ? input.endShowAt : null,
    },
    showState: live.displayShowState,
    linkState: live.link.state,
    synced: live.synced,
    pinned: pinnedLive ? pinnedView(show, live, pinnedLive, toConsole) : null,
    soldOut: pinnedLive?.stock === 0 ? soldOutView(show, record, pinnedLive, liveBySku) : null,
    slots: show.products.map((product) => slotView(product, input, liveBySku.get(product.sku))),
  };
}

/** The sold-out pinned product and what comes next: the armed cue, or the next slot in stock. */
function soldOutView(
  show: Show,
  record: OnAirRecord,
  product: LiveProduct,
  liveBySku: ReadonlyMap<string, LiveProduct>,
): OnAirSoldOut {
  const lineup = show.products.find((candidate) => candidate.sku === product.sku);
  const cue = cueView(show, record);
  const slot = cue === null ? nextSlotInStock(show.products, product.sku, liveBySku) : null;
  const next = cue ?? slot;
  return {
    sku: product.sku,
    nameHost: lineup?.nameHost ?? product.name,
    nameAudience: lineup?.nameAudience ?? product.name,
    next:
      next === null
        ? null
        : {
            source: cue === null ? 'slot' : 'cue',
            nameHost: next.nameHost,
            nameAudience: next.nameAudience,
          },
  };
}

function cueView(show: Show, record: OnAirRecord): OnAirCue | null {
  const cue = record.cue;
  if (cue === null) return null;
  const product = show.products.find((candidate) => candidate.id === cue.productId);
  if (!product) return null;
  return {
    ...cue,
    sku: product.sku,
    nameHost: product.nameHost,
    nameAudience: product.nameAudience,
  };
}

function pinnedView(
  show: Show,
  live: LiveState,
  product: LiveProduct,
  toConsole: (serverTime: number) => number,
): OnAirProduct {
  const lineup = show.products.find((candidate) => candidate.sku === product.sku);
  const flash = product.flashSale;
  return {
    productId: lineup?.id ?? null,
    sku: product.sku,
    nameHost: lineup?.nameHost ?? product.name,
    nameAudience: lineup?.nameAudience ?? product.name,
    lowStockThreshold: lineup?.lowStockThreshold ?? 0,
    pinnedUntil: live.pin.until === null ? null : toConsole(live.pin.until),
    flashSale: flash
      ? { priceMinor: flash.priceMinor, unitCap: flash.unitCap, endsAt: toConsole(flash.endsAt) }
      : null,
  };
}

function slotView(product: Product, input: ViewInput, live: LiveProduct | undefined): OnAirSlot {
  const stored = input.slots.get(product.sku);
  const end = input.slotsEndAt;
  const time = stored === undefined || end === null ? stored : closeSpan(stored, end);
  const points = input.queue.filter((entry) => entry.productId === product.id);
  return {
    productId: product.id,
    sku: product.sku,
    nameHost: product.nameHost,
    nameAudience: product.nameAudience,
    plannedSeconds: product.talkingPoints.reduce((sum, point) => sum + point.plannedSeconds, 0),
    pinnedMs: time?.pinnedMs ?? 0,
    pinnedSince: time?.since ?? null,
    soldOut: live !== undefined && live.stock === 0,
    pointsDone: points.filter((entry) => entry.done).length,
    pointsTotal: points.length,
  };
}
