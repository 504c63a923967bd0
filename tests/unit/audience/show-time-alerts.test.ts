import { afterEach, describe, expect, it, vi } from 'vitest';
import { EventHub } from '../../../src/main/core/api/event-hub';
import { AudienceEngine } from '../../../src/main/core/audience/audience-engine';
import { readRun } from '../../../src/main/core/runs/run-repository';
import { openDatabase, type Db } from '../../../src/main/core/store/database';
import type { OnAirState } from '../../../src/shared/model/onair';
import { AudienceMessage } from '../../../src/shared/protocol';
import { newRun } from '../../support/journal-orders';

const WALL0 = Date.UTC(2026, 5, 18, 18, 0, 0);

const opened: { db: Db; engine: AudienceEngine }[] = [];
afterEach(() => {
  for (const { db, engine } of opened.splice(0)) {
    engine.close();
    db.close();
  }
  vi.useRealTimers();
});

/**
 * A rehearsal run open in an engine whose alert checks run on fake timers: `clock.wall` is the
 * console's clock, `clock.showMs` the rehearsal's show time.
 */
function openRehearsal(clock: { wall: number; showMs: number; viewers?: number }) {
  vi.useFakeTimers();
  const { db } = openDatabase(':memory:');
  const run = readRun(db, newRun(db));
  const events = new EventHub();
  const engine = new AudienceEngine({
    db,
    events,
    command: () => ({ commandId: 'c' }),
    viewers: () => clock.viewers ?? 0,
    now: () => clock.wall,
  });
  opened.push({ db, engine });
  const link = engine.attach(run);
  engine.countInShowTime(run.id, () => clock.showMs);
  let sent = 0;
  /** `count` viewers ask about DUR now (server time: the wall clock). */
  const ask = (count: number) =>
    link.message(AudienceMessage.comments, {
      comments: Array.from({ length: count }, () => {
        sent += 1;
        return {
          id: `q-${sent}`,
          at: clock.wall,
          viewerId: `v-${sent}`,
          name: `Viewer ${sent}`,
          text: 'Is it sweet?',
          sku: 'DUR',
        };
      }),
    });
  /** The on-air core's state: DUR pinned since show time `pinnedSince` (2:00 planned). */
  const onAir = (pinnedSince: number, soldOut: boolean) =>
    events.emit('onair.state', {
      runId: run.id,
      at: clock.wall,
      pinned: { sku: 'DUR' },
      soldOut: soldOut
        ? { sku: 'DUR', nameHost: 'Durian', nameAudience: '榴莲', next: null }
        : null,
      slots: [{ sku: 'DUR', plannedSeconds: 120, pinnedMs: 0, pinnedSince, soldOut }],
    } as unknown as OnAirState);
  /** The alerts after the next check, a wall second later. */
  const alertsAfterASecond = () => alertsAfter(1000);
  /** The alerts after `wallMs` more of the wall clock (feed ticks every 250 ms). */
  const alertsAfter = (wallMs: number) => {
    clock.wall += wallMs;
    vi.advanceTimersByTime(wallMs);
    return engine.state()?.alerts ?? [];
  };
  /** The comment counts the panel shows now. */
  const counts = () => engine.state()?.counts ?? { perSecond: -1 };
  return { onAir, alertsAfterASecond, alertsAfter, ask, counts };
}

describe('a rehearsal’s prompter alerts read slot times in show time', () => {
  it('calls a sell-out 40 show seconds after the pin fast at 20x (2 s of wall time)', () => {
    const clock = { wall: WALL0, showMs: 5_000 };
    const rehearsal = openRehearsal(clock);
    rehearsal.onAir(5_000, false);
    clock.wall += 2_000;
    clock.showMs = 45_000;
    rehearsal.onAir(5_000, true);
    expect(rehearsal.alertsAfterASecond()).toEqual([
      expect.objectContaining({ kind: 'fastSellOut', sku: 'DUR', figures: { seconds: 40 } }),
    ]);
  });

  it('lets no slot overrun while paused, and calls it once show time runs past the plan', () => {
    const clock = { wall: WALL0, showMs: 5_000 };
    const rehearsal = openRehearsal(clock);
    rehearsal.onAir(5_000, false);
    // A minute of show time on air, then paused for ten minutes of wall time.
    clock.showMs = 65_000;
    for (let minute = 0; minute < 10; minute++) {
      clock.wall += 59_000;
      expect(rehearsal.alertsAfterASecond()).toEqual([]);
    }
    // Resumed: 151 show seconds on air, 31 past the 120 planned.
    clock.showMs = 156_000;
    expect(rehearsal.alertsAfterASecond()).toEqual([
      expect.objectContaining({
        kind: 'slotOverrun',
        sku: 'DUR',
        figures: { plannedSeconds: 120, overSeconds: 31 },
      }),
    ]);
  });

  it('counts the questions about a product in the last minute of show time', () => {
    const clock = { wall: WALL0, showMs: 0 };
    const rehearsal = openRehearsal(clock);
    rehearsal.ask(20);
    // 90 show seconds later at 20x (4.5 s of wall time): the first 20 are of an earlier minute.
    clock.wall += 4_500;
    clock.showMs = 90_000;
    rehearsal.ask(20);
    expect(rehearsal.alertsAfterASecond()).toEqual([]);
    rehearsal.ask(10);
    expect(rehearsal.alertsAfterASecond()).toEqual([
      expect.objectContaining({ kind: 'questionPileUp', sku: 'DUR', figures: { questions: 30 } }),
    ]);
  });
});

describe('a rehearsal’s prompter alerts keep their time rules in show time', () => {
  it('repeats a pile-up of questions after a quiet minute of show time at 20x (3 s of wall time)', () => {
    const clock = { wall: WALL0, showMs: 0 };
    const rehearsal = openRehearsal(clock);
    rehearsal.ask(30);
    expect(rehearsal.alertsAfterASecond()).toHaveLength(1);
    // Two show minutes later (6 s of wall time at 20x), 30 more questions in the last minute.
    clock.wall += 5_000;
    clock.showMs = 120_000;
    rehearsal.ask(30);
    expect(rehearsal.alertsAfterASecond()).toEqual([
      expect.objectContaining({ kind: 'questionPileUp', sku: 'DUR', figures: { questions: 30 } }),
      expect.objectContaining({ kind: 'questionPileUp', sku: 'DUR', figures: { questions: 30 } }),
    ]);
  });

  it('stays quiet for a minute of show time after a pile-up, however long it is paused', () => {
    const clock = { wall: WALL0, showMs: 0 };
    const rehearsal = openRehearsal(clock);
    rehearsal.ask(30);
    expect(rehearsal.alertsAfterASecond()).toHaveLength(1);
    // Paused at 30 show seconds for two minutes of wall time, with 30 more questions asked.
    clock.showMs = 30_000;
    rehearsal.ask(30);
    expect(rehearsal.alertsAfter(120_000)).toHaveLength(1);
  });

  it('calls no viewer drop for viewers lost over three show minutes at 20x (9 s of wall time)', () => {
    const clock = { wall: WALL0, showMs: 0, viewers: 10_000 };
    const rehearsal = openRehearsal(clock);
    for (let step = 1; step <= 9; step++) {
      clock.showMs += 20_000;
      clock.viewers -= 400;
      expect(rehearsal.alertsAfterASecond()).toEqual([]);
    }
  });

  it('calls a viewer drop within a minute of show time', () => {
    const clock = { wall: WALL0, showMs: 0, viewers: 10_000 };
    const rehearsal = openRehearsal(clock);
    expect(rehearsal.alertsAfterASecond()).toEqual([]);
    clock.showMs = 40_000;
    clock.viewers = 7_000;
    expect(rehearsal.alertsAfterASecond()).toEqual([
      expect.objectContaining({
        kind: 'viewerDrop',
        figures: { percent: 30, from: 10_000, to: 7_000 },
      }),
    ]);
  });

  it('lets the next queued alert out after the least gap of show time at 20x (a quarter second)', () => {
    const clock = { wall: WALL0, showMs: 5_000 };
    const rehearsal = openRehearsal(clock);
    rehearsal.onAir(5_000, false);
    clock.showMs = 45_000;
    rehearsal.onAir(5_000, true);
    rehearsal.ask(30);
    expect(rehearsal.alertsAfterASecond()).toHaveLength(1);
    // The default gap is 5 s: 5 show seconds at 20x.
    clock.showMs += 5_000;
    expect(rehearsal.alertsAfter(250).map((alert) => alert.kind)).toEqual([
      'questionPileUp',
      'fastSellOut',
    ]);
  });
});

describe('a rehearsal’s comments per second', () => {
  it('counts per second of show time at 20x, and stands still while paused', () => {
    const clock = { wall: WALL0, showMs: 0 };
    const rehearsal = openRehearsal(clock);
    // 100 comments every quarter wall second: every 5 show seconds at 20x.
    for (let step = 0; step < 8; step++) {
      clock.showMs += 5_000;
      rehearsal.ask(100);
      rehearsal.alertsAfter(250);
    }
    expect(rehearsal.counts().perSecond).toBe(20);
    // Paused for 5 s of wall time: no comments, and no show time passes.
    rehearsal.alertsAfter(5_000);
    expect(rehearsal.counts().perSecond).toBe(20);
  });
});
