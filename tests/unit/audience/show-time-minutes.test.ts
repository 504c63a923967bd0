import { afterEach, describe, expect, it } from 'vitest';
import { EventHub } from '../../../src/main/core/api/event-hub';
import { AudienceEngine } from '../../../src/main/core/audience/audience-engine';
import { SAMPLES_KEPT_PER_MINUTE } from '../../../src/main/core/audience/comment-ingest';
import { scenarioOtherComments } from '../../../src/main/core/rehearsal/scenario-audience';
import { commentMinutes } from '../../../src/main/core/review/audience-review';
import { clockLine } from '../../../src/main/core/review/show-clock';
import { showTimeBase } from '../../../src/main/core/review/time-base';
import { readRun } from '../../../src/main/core/runs/run-repository';
import { openDatabase, type Db } from '../../../src/main/core/store/database';
import { AudienceMessage } from '../../../src/shared/protocol';
import { newRun } from '../../support/journal-orders';

const WALL0 = Date.UTC(2026, 5, 18, 18, 0, 0);
const SPEED = 20;
/** Comments a wall second: 600 a show minute at 20x, 12,000 a minute at 1x (both over the cap). */
const REHEARSAL_PER_SECOND = 200;
const LIVE_PER_SECOND = 200;

const opened: { db: Db; engine: AudienceEngine }[] = [];
afterEach(() => {
  for (const { db, engine } of opened.splice(0)) {
    engine.close();
    db.close();
  }
});

/**
 * An engine on a new database with an open run (the engine tells a rehearsal from a live run only
 * by `countInShowTime`); `clock` is what it reads as now.
 */
function openRun(clock: { wall: number }) {
  const { db } = openDatabase(':memory:');
  const run = readRun(db, newRun(db));
  const engine = new AudienceEngine({
    db,
    events: new EventHub(),
    command: () => ({ commandId: 'c' }),
    viewers: () => 0,
    now: () => clock.wall,
  });
  opened.push({ db, engine });
  return { db, engine, runId: run.id, link: engine.attach(run) };
}

/** One wall second's comments (chatter, no questions), all at its start. */
function second(s: number, count: number) {
  return {
    comments: Array.from({ length: count }, (_, i) => ({
      id: `c-${s}-${i}`,
      at: WALL0 + s * 1000,
      viewerId: `v-${i}`,
      name: `Viewer ${i}`,
      text: 'so nice',
    })),
  };
}

function minutes(db: Db, runId: number) {
  return db
    .prepare(
      'SELECT minute, comments, stored FROM audience_minutes WHERE run_id = ? ORDER BY minute',
    )
    .all(runId) as { minute: number; comments: number; stored: number }[];
}

describe('a rehearsal counts and samples its comments per minute of show time', () => {
  it('keeps as many comments per show minute at 20x as a live show per minute, and reviews them per show minute', () => {
    const clock = { wall: WALL0 };
    const live = openRun(clock);
    for (let s = 0; s < 60; s++) {
      clock.wall = WALL0 + s * 1000;
      live.link.message(AudienceMessage.comments, second(s, LIVE_PER_SECOND));
    }
    const liveMinutes = minutes(live.db, live.runId);
    expect(liveMinutes).toEqual([
      { minute: WALL0 / 60_000, comments: 60 * LIVE_PER_SECOND, stored: SAMPLES_KEPT_PER_MINUTE },
    ]);

    clock.wall = WALL0;
    const rehearsal = openRun(clock);
    let showMs = 0;
    rehearsal.engine.countInShowTime(rehearsal.runId, () => showMs);
    for (let s = 0; s < 60; s++) {
      clock.wall = WALL0 + s * 1000;
      showMs = s * 1000 * SPEED;
      rehearsal.link.message(AudienceMessage.comments, second(s, REHEARSAL_PER_SECOND));
    }
    const showMinutes = minutes(rehearsal.db, rehearsal.runId);
    expect(showMinutes.map((row) => row.minute)).toEqual(Array.from({ length: 20 }, (_, m) => m));
    for (const row of showMinutes) {
      expect(row.comments).toBe(REHEARSAL_PER_SECOND * (60 / SPEED));
      expect(row.stored).toBe(liveMinutes[0].stored);
    }

    const line = clockLine([
      { at: WALL0, showMs: 0, type: 'started', speed: SPEED },
      { at: WALL0 + 60_000, showMs: 60_000 * SPEED, type: 'stopped', speed: null },
    ]);
    if (line === null) throw new Error('no clock line');
    const time = showTimeBase(line, WALL0);
    const reviewed = commentMinutes(rehearsal.db, rehearsal.runId, time, {
      from: WALL0,
      to: WALL0 + 60_000 * SPEED,
    });
    expect(reviewed).toEqual(
      Array.from({ length: 20 }, (_, m) => ({
        at: WALL0 + m * 60_000,
        comments: REHEARSAL_PER_SECOND * (60 / SPEED),
        questions: 0,
      })),
    );

    // Replayed as a scenario, the comments not kept come back at their rate per show second.
    const sinceLive = (wallAt: number) => (wallAt - WALL0) * SPEED;
    expect(scenarioOtherComments(rehearsal.db, rehearsal.runId, sinceLive, 0)).toEqual(
      Array.from({ length: 20 }, (_, m) => ({
        second: m * 60,
        perSecond: (REHEARSAL_PER_SECOND * (60 / SPEED) - SAMPLES_KEPT_PER_MINUTE) / 60,
      })),
    );
  });
});
