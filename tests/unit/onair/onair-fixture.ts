import { EventHub } from '../../../src/main/core/api/event-hub';
import { addProduct } from '../../../src/main/core/lineup/product-repository';
import { createShow } from '../../../src/main/core/lineup/show-repository';
import { addTalkingPoint } from '../../../src/main/core/lineup/talking-point-repository';
import { OnAirEngine, type LiveAccess } from '../../../src/main/core/onair/onair-engine';
import { createRun } from '../../../src/main/core/runs/run-repository';
import { openDatabase, type Db } from '../../../src/main/core/store/database';
import type { ApiEvents } from '../../../src/shared/api/contract';
import type { Show } from '../../../src/shared/model/lineup';
import type { LiveCommand, LiveProduct, LiveRun, LiveState } from '../../../src/shared/model/live';

/** Figures of one product on the (pretend) server. */
export interface Figures {
  sku: string;
  stock: number;
  sold?: number;
  priceMinor?: number;
  unitsPerSecond?: number;
  sellOutSeconds?: number | null;
  flashSale?: LiveProduct['flashSale'];
}

export function liveProduct(figures: Figures, pinSku: string | null): LiveProduct {
  const priceMinor = figures.priceMinor ?? 23900;
  const product = {
    sku: figures.sku,
    name: `server ${figures.sku}`,
    currency: 'CNY' as const,
    priceMinor,
    stock: figures.stock,
    sold: figures.sold ?? 0,
    revenueMinor: 0,
    flashSale: figures.flashSale ?? null,
    pinned: pinSku === figures.sku,
    unitsPerSecond: figures.unitsPerSecond ?? 0,
    sellOutSeconds: figures.sellOutSeconds ?? null,
    sellOutRange: null,
    soldOutAt: null,
    firstPinnedAt: null,
    pendingCommandIds: [],
  };
  return {
    ...product,
    display: {
      stock: product.stock,
      priceMinor,
      pinned: product.pinned,
      flashSale: product.flashSale,
    },
  };
}

export interface LiveInput {
  pin?: string | null;
  showState?: LiveState['showState'];
  viewers?: number;
  products: Figures[];
  clockOffsetMs?: number;
}

export function liveState(run: LiveRun, input: LiveInput): LiveState {
  const pin = { sku: input.pin ?? null, until: null };
  return {
    run,
    link: {
      runId: run.id,
      state: 'connected',
      lastEventAgeMs: 0,
      commandsPending: 0,
      commandsOverdue: 0,
      stale: false,
      eventsPerSecond: 0,
      clockOffsetMs: input.clockOffsetMs ?? 0,
      lastSeq: 1,
      lastError: null,
      lastErrorReason: null,
      retryInMs: null,
      protocolErrors: 0,
      logMissing: 0,
      logFilling: false,
    },
    revision: 1,
    showState: input.showState ?? 'live',
    pin,
    viewers: input.viewers ?? 0,
    displayShowState: input.showState ?? 'live',
    displayPin: pin,
    products: input.products.map((figures) => liveProduct(figures, pin.sku)),
    pending: [],
    synced: true,
  };
}

/** The live controller as the on-air core sees it: a state set by the test, commands recorded. */
export class FakeLive implements LiveAccess {
  current: LiveState | null = null;
  readonly commands: LiveCommand[] = [];

  state(): LiveState | null {
    return this.current;
  }

  command(command: LiveCommand): { commandId: string } {
    if (this.current === null) throw new Error('no run');
    this.commands.push(command);
    return { commandId: `cmd-${this.commands.length}` };
  }
}

export interface OnAirSetup {
  db: Db;
  events: EventHub;
  live: FakeLive;
  engine: OnAirEngine;
  run: LiveRun;
  show: Show;
  published: ApiEvents['onair.state'][];
  /** Sets the live state and announces it as the sync engine does when a run opens. */
  push(input: LiveInput): void;
  /** A new engine on the same database (a console restart). */
  restart(): OnAirEngine;
}

/**
 * A show with two products and four talking points (the show's own welcome, two for Durian with
 * live values, one for Coconut), an open run on it, and an engine following a fake live side.
 */
export function setupOnAir(now: () => number = Date.now): OnAirSetup {
  const { db } = openDatabase(':memory:');
  const created = createShow(db, {
    name: 'Fruit night',
    hostLanguage: 'en',
    audienceLanguage: 'zh-CN',
  });
  const withProducts = [
    { sku: 'DUR', nameHost: 'Durian', nameAudience: '榴莲', openingStock: 100 },
    { sku: 'COC', nameHost: 'Coconut', nameAudience: '椰子', openingStock: 200 },
  ].reduce(
    (_show, product) =>
      addProduct(db, created.id, {
        ...product,
        priceMinor: 23900,
        currency: 'CNY',
        lowStockThreshold: 10,
        imagePath: null,
      }),
    created,
  );
  const [durian, coconut] = withProducts.products;
  addTalkingPoint(db, created.id, null, {
    textHost: 'Welcome',
    textAudience: '欢迎',
    plannedSeconds: 20,
  });
  addTalkingPoint(db, created.id, durian.id, {
    textHost: 'Only {left} left at {price}',
    textAudience: '只剩 {left} 个，{price}',
    plannedSeconds: 30,
  });
  addTalkingPoint(db, created.id, durian.id, {
    textHost: 'Sold {sold} so far',
    textAudience: '已售 {sold}',
    plannedSeconds: 15,
  });
  const show = addTalkingPoint(db, created.id, coconut.id, {
    textHost: 'Fresh coconut',
    textAudience: '新鲜椰子',
    plannedSeconds: 40,
  });
  const run = createRun(db, {
    showId: show.id,
    kind: 'live',
    name: 'unit run',
    target: { serverUrl: 'http://127.0.0.1:9', serverShowId: 'show-1', token: 't' },
  });
  const events = new EventHub();
  const live = new FakeLive();
  const published: ApiEvents['onair.state'][] = [];
  events.listen((event, payload: unknown) => {
    if (event === 'onair.state') published.push(payload as ApiEvents['onair.state']);
  });
  const make = () =>
    new OnAirEngine({
      db,
      events,
      live,
      now,
      failed: (error) => {
        throw error;
      },
    });
  const setup: OnAirSetup = {
    db,
    events,
    live,
    engine: make(),
    run,
    show,
    published,
    push: (input) => {
      live.current = liveState(run, input);
      events.emit('live.state', { type: 'full', state: live.current });
    },
    restart: () => {
      setup.engine.close();
      setup.engine = make();
      return setup.engine;
    },
  };
  return setup;
}

export function pointIds(show: Show): {
  welcome: number;
  durian1: number;
  durian2: number;
  coconut: number;
} {
  const [durian, coconut] = show.products;
  return {
    welcome: show.talkingPoints[0].id,
    durian1: durian.talkingPoints[0].id,
    durian2: durian.talkingPoints[1].id,
    coconut: coconut.talkingPoints[0].id,
  };
}

export function logEntries(db: Db, runId: number, kind: string): Record<string, unknown>[] {
  return (
    db
      .prepare('SELECT payload FROM run_log_entries WHERE run_id = ? AND kind = ? ORDER BY seq')
      .all(runId, kind) as { payload: string }[]
  ).map((row) => JSON.parse(row.payload) as Record<string, unknown>);
}
