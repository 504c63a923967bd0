import { afterEach, describe, expect, it } from 'vitest';
import {
  addTalkingPoint,
  removeTalkingPoint,
} from '../../../src/main/core/lineup/talking-point-repository';
import { RunLog } from '../../../src/main/core/sync/run-log';
import { ApiError } from '../../../src/shared/api/errors';
import { RunLogKind } from '../../../src/shared/model/live';
import type { OnAirState } from '../../../src/shared/model/onair';
import { logEntries, pointIds, setupOnAir, type OnAirSetup } from './onair-fixture';

const setups: OnAirSetup[] = [];
function setup(now?: () => number): OnAirSetup {
  const made = setupOnAir(now);
  setups.push(made);
  return made;
}
afterEach(() => {
  for (const made of setups.splice(0)) {
    made.engine.close();
    made.db.close();
  }
});

function requireState(state: OnAirState | null): OnAirState {
  if (state === null) throw new Error('no on-air state');
  return state;
}

const DURIAN = { sku: 'DUR', stock: 100 };
const COCONUT = { sku: 'COC', stock: 200 };

describe('on-air queue through the engine', () => {
  it('has no state and refuses changes while no run is open', () => {
    const { engine } = setup();
    expect(engine.state()).toBeNull();
    expect(() => engine.next()).toThrow(ApiError);
  });

  it('starts at the first point, moves next / previous / done, and logs each move', () => {
    const { engine, push, show, db, run } = setup();
    const ids = pointIds(show);
    push({ products: [DURIAN, COCONUT] });
    const start = requireState(engine.state());
    expect(start.queue.map((point) => point.id)).toEqual([
      ids.welcome,
      ids.durian1,
      ids.durian2,
      ids.coconut,
    ]);
    expect(start.current?.id).toBe(ids.welcome);
    expect(start.next?.id).toBe(ids.durian1);

    expect(engine.next().current?.id).toBe(ids.durian1);
    expect(engine.previous().current?.id).toBe(ids.welcome);
    const afterDone = engine.done();
    expect(afterDone.current?.id).toBe(ids.durian1);
    expect(afterDone.queue[0].done).toBe(true);
    expect(engine.goto(ids.coconut).next).toBeNull();
    expect(engine.next().current?.id).toBe(ids.coconut);

    const moves = logEntries(db, run.id, 'talking_point');
    expect(moves.map((entry) => [entry.action, entry.reason ?? null])).toEqual([
      ['current', 'start'],
      ['current', 'next'],
      ['current', 'previous'],
      ['done', null],
      ['current', 'done'],
      ['current', 'goto'],
    ]);
  });

  it('reorders the run’s queue, and a restart keeps queue, done marks and current point', () => {
    const setupResult = setup();
    const { engine, push, show } = setupResult;
    const ids = pointIds(show);
    push({ products: [DURIAN, COCONUT] });
    engine.done();
    engine.reorder([ids.durian2, ids.durian1]);
    engine.goto(ids.coconut);

    const restarted = setupResult.restart();
    const state = requireState(restarted.state());
    expect(state.queue.map((point) => [point.id, point.done])).toEqual([
      [ids.welcome, true],
      [ids.durian2, false],
      [ids.durian1, false],
      [ids.coconut, false],
    ]);
    expect(state.current?.id).toBe(ids.coconut);
  });

  it('follows the pin to the product’s first point not done, unless follow pin is off', () => {
    const { engine, push, show, db, run } = setup();
    const ids = pointIds(show);
    push({ products: [DURIAN, COCONUT] });
    engine.goto(ids.durian1);
    engine.done();
    push({ pin: 'COC', products: [DURIAN, COCONUT] });
    expect(engine.state()?.current?.id).toBe(ids.coconut);
    push({ pin: 'DUR', products: [DURIAN, COCONUT] });
    expect(engine.state()?.current?.id).toBe(ids.durian2);

    expect(engine.setFollowPin(false).followPin).toBe(false);
    push({ pin: 'COC', products: [DURIAN, COCONUT] });
    expect(engine.state()?.current?.id).toBe(ids.durian2);
    expect(
      logEntries(db, run.id, 'talking_point').filter((entry) => entry.reason === 'followPin'),
    ).toHaveLength(2);
  });

  it('names the product whose live values fill each point: its own, or the pinned one', () => {
    const { engine, push, published, show } = setup();
    const ids = pointIds(show);
    push({ products: [DURIAN, COCONUT] });
    const first = engine.next();
    expect(first.current).toMatchObject({
      templateHost: 'Only {left} left at {price}',
      templateAudience: '只剩 {left} 个，{price}',
      valuesSku: 'DUR',
    });
    expect(first.queue.find((point) => point.id === ids.welcome)?.valuesSku).toBeNull();

    push({ pin: 'DUR', products: [{ ...DURIAN, stock: 1234, sold: 66 }, COCONUT] });
    const latest = requireState(published[published.length - 1]);
    expect(latest.next).toMatchObject({ templateHost: 'Sold {sold} so far', valuesSku: 'DUR' });
    expect(latest.queue.find((point) => point.id === ids.welcome)?.valuesSku).toBe('DUR');
    // The figures that move with every order are read from the live row, not sent on air.
    expect(latest.pinned).toMatchObject({ sku: 'DUR', nameHost: 'Durian' });
    expect(latest.pinned).not.toHaveProperty('stock');

    push({
      pin: 'DUR',
      products: [
        {
          ...DURIAN,
          stock: 10,
          sold: 90,
          flashSale: { priceMinor: 19900, unitCap: 50, sold: 3, endsAt: 5000 },
        },
        COCONUT,
      ],
      clockOffsetMs: 1000,
    });
    const flash = requireState(published[published.length - 1]);
    expect(flash.pinned?.flashSale).toEqual({ priceMinor: 19900, unitCap: 50, endsAt: 4000 });
  });

  it('adds a point on the fly after the current one, and into the show’s lineup', () => {
    const { engine, push, show, db } = setup();
    const ids = pointIds(show);
    const changes: unknown[] = [];
    setups[0].events.listen((event, payload: unknown) => {
      if (event === 'lineup.changed') changes.push(payload);
    });
    push({ products: [DURIAN, COCONUT] });
    const state = engine.addPoint(show.products[1].id, {
      textHost: 'Two for {price}',
      textAudience: '',
      plannedSeconds: 10,
    });
    expect(state.next).toMatchObject({ templateHost: 'Two for {price}', valuesSku: 'COC' });
    expect(state.queue.map((point) => point.id).slice(0, 2)).toEqual([ids.welcome, state.next?.id]);
    const lineup = db
      .prepare('SELECT text_host FROM talking_points WHERE product_id = ? ORDER BY position')
      .all(show.products[1].id);
    expect(lineup).toEqual([{ text_host: 'Fresh coconut' }, { text_host: 'Two for {price}' }]);
    expect(changes).toEqual([{ showId: show.id }]);
  });

  it('takes lineup edits made during the run into the queue', () => {
    const { engine, push, show, db, events } = setup();
    const ids = pointIds(show);
    push({ products: [DURIAN, COCONUT] });
    engine.goto(ids.durian2);
    removeTalkingPoint(db, ids.durian2);
    addTalkingPoint(db, show.id, show.products[0].id, {
      textHost: 'Thorny but sweet',
      textAudience: '',
      plannedSeconds: 5,
    });
    events.emit('lineup.changed', { showId: show.id });
    const state = requireState(engine.state());
    expect(state.current).toBeNull();
    expect(state.queue.map((point) => point.templateHost)).toEqual([
      'Welcome',
      'Only {left} left at {price}',
      'Thorny but sweet',
      'Fresh coconut',
    ]);
  });

  it('gives planned against actual time per slot and starts the clock when the show goes live', () => {
    let now = 1_000_000;
    const { engine, push, run } = setup(() => now);
    push({ showState: 'planned', products: [DURIAN, COCONUT] });
    expect(engine.state()?.clock).toEqual({
      startedAt: run.startedAt,
      source: 'run',
      stoppedAt: null,
    });
    now += 5000;
    push({ showState: 'live', pin: 'DUR', products: [DURIAN, COCONUT] });
    now += 30_000;
    push({ pin: 'COC', products: [DURIAN, COCONUT], viewers: 9000 });
    const state = requireState(engine.state());
    expect(state.clock).toEqual({ startedAt: 1_005_000, source: 'show', stoppedAt: null });
    expect(
      state.slots.map((slot) => [slot.sku, slot.plannedSeconds, slot.pinnedMs, slot.pinnedSince]),
    ).toEqual([
      ['DUR', 45, 30_000, null],
      ['COC', 40, 0, 1_035_000],
    ]);
    now += 10_000;
    push({ showState: 'ended', products: [DURIAN, COCONUT] });
    expect(engine.state()?.clock.stoppedAt).toBe(1_045_000);
    expect(engine.state()?.showState).toBe('ended');
  });

  it('keeps a rehearsal’s slot times in its show time: at 20x, standing still while paused', () => {
    let now = 1_000_000;
    let showMs = 0;
    const { engine, push, run } = setup(() => now);
    engine.keepInShowTime(run.id, () => showMs);
    const slots = () =>
      requireState(engine.state()).slots.map((slot) => [slot.sku, slot.pinnedMs, slot.pinnedSince]);
    push({ showState: 'live', products: [DURIAN, COCONUT] });
    showMs = 5_000;
    push({ pin: 'DUR', products: [DURIAN, COCONUT] });
    // At 20x, 30 s of wall time are 600 s of show time.
    now += 30_000;
    showMs += 600_000;
    push({ pin: 'COC', products: [DURIAN, COCONUT] });
    expect(slots()).toEqual([
      ['DUR', 600_000, null],
      ['COC', 0, 605_000],
    ]);
    // Paused: a minute of wall time passes, show time stands still.
    now += 60_000;
    push({ pin: 'DUR', products: [DURIAN, COCONUT] });
    expect(slots()).toEqual([
      ['DUR', 600_000, 605_000],
      ['COC', 0, null],
    ]);
    // End show closes the open span at the show time it was issued at.
    now += 500;
    showMs += 10_000;
    push({ showState: 'ended', pin: 'DUR', products: [DURIAN, COCONUT] });
    showMs += 5_000;
    expect(slots()).toEqual([
      ['DUR', 610_000, null],
      ['COC', 0, null],
    ]);
    expect(engine.state()?.clock.stoppedAt).toBe(now);
  });

  it('stops the clock at the first endShow the server did not reject', () => {
    let now = 1_000_000;
    const { engine, push, run, db } = setup(() => now);
    const log = new RunLog(db);
    const endShow = (commandId: string, at: number) =>
      log.append(run.id, RunLogKind.command, { commandId, command: { type: 'endShow' } }, at);
    push({ showState: 'live', products: [DURIAN] });
    endShow('end-1', 1_010_000);
    push({ showState: 'ended', products: [DURIAN] });
    log.append(
      run.id,
      RunLogKind.commandOutcome,
      {
        commandId: 'end-1',
        kind: 'endShow',
        status: 'rejected',
        reason: { code: 'x', message: 'no' },
      },
      1_010_100,
    );
    push({ showState: 'live', products: [DURIAN] });
    expect(engine.state()?.clock.stoppedAt).toBeNull();
    endShow('end-2', 1_050_000);
    now = 1_050_200;
    push({ showState: 'ended', products: [DURIAN] });
    expect(engine.state()?.clock.stoppedAt).toBe(1_050_000);
  });
});

describe('cues', () => {
  it('arms a cue and fires it through the command path: pin, flash sale, its points loaded', () => {
    const { engine, push, show, live, db, run } = setup();
    const ids = pointIds(show);
    push({ products: [DURIAN, COCONUT] });
    expect(() => engine.fireCue()).toThrow(/No cue is armed/);
    const armed = engine.armCue({
      productId: show.products[0].id,
      pinSeconds: 90,
      flashSale: { priceMinor: 19900, unitCap: 50, seconds: 60 },
      loadTalkingPoints: true,
    });
    expect(armed.cue).toMatchObject({ sku: 'DUR', nameHost: 'Durian', auto: false });
    expect(live.commands).toEqual([]);

    const fired = engine.fireCue();
    expect(live.commands).toEqual([
      { type: 'pin', sku: 'DUR', seconds: 90 },
      { type: 'flashSale', sku: 'DUR', priceMinor: 19900, unitCap: 50, seconds: 60 },
    ]);
    expect(fired.commandIds).toEqual(['cmd-1', 'cmd-2']);
    expect(fired.state.cue).toBeNull();
    expect(fired.state.current?.id).toBe(ids.durian1);
    expect(logEntries(db, run.id, 'cue').map((entry) => entry.action)).toEqual(['arm', 'fire']);
    expect(logEntries(db, run.id, 'cue')[1]).toMatchObject({ commandIds: ['cmd-1', 'cmd-2'] });
  });

  it('clears an armed cue, and refuses a product from another show', () => {
    const { engine, push, show } = setup();
    push({ products: [DURIAN, COCONUT] });
    engine.armCue({ productId: show.products[1].id });
    expect(engine.state()?.cue).toMatchObject({
      sku: 'COC',
      pinSeconds: null,
      flashSale: null,
      loadTalkingPoints: true,
    });
    expect(engine.clearCue().cue).toBeNull();
    expect(() => engine.armCue({ productId: 999 })).toThrow(/not in the show/);
  });

  it('arms the next slot in stock by itself when the pinned product sells out, once', () => {
    const { engine, push, db, run, restart } = setup();
    push({ pin: 'DUR', products: [DURIAN, COCONUT] });
    engine.setAutoArm(true);
    push({ pin: 'DUR', products: [{ ...DURIAN, stock: 0, sold: 100 }, COCONUT] });
    const state = requireState(engine.state());
    expect(state.cue).toMatchObject({ sku: 'COC', auto: true, loadTalkingPoints: true });

    engine.clearCue();
    push({ pin: 'DUR', products: [{ ...DURIAN, stock: 0, sold: 100 }, COCONUT] });
    expect(restart().state()?.cue).toBeNull();
    expect(
      logEntries(db, run.id, 'cue').map((entry) => [entry.action, entry.auto ?? null]),
    ).toEqual([
      ['autoArm', null],
      ['arm', true],
      ['clear', null],
    ]);
  });

  it('does not arm by itself while auto-arm is off', () => {
    const { engine, push } = setup();
    push({ pin: 'DUR', products: [{ ...DURIAN, stock: 0 }, COCONUT] });
    expect(engine.state()?.cue).toBeNull();
  });
});
