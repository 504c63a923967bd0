import { describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core/core';
import { liveState, readConsoleDb } from '../../support/console-core';
import { useConsoleHarness } from '../../support/console-harness';
import { invoke, invokeError } from '../../support/core-api';
import { openDemoConsole, runUntil } from './rehearsal-harness';

const harness = useConsoleHarness();

const DURIAN = 'TH-DURIAN-MONTHONG';

const durianSold = async (console: Core) =>
  (await liveState(console)).products.find((product) => product.sku === DURIAN)?.sold ?? 0;

describe('replaying a past run', () => {
  it("uses the past run's demand, refused attempts and comments over show time instead of the model", async () => {
    const { core, showId, dataDir } = await openDemoConsole(harness);

    // The past run: a rehearsal at 20x with the durians pinned at show second 30.
    await invoke(core, 'rehearsal.start', {
      showId,
      preset: '618',
      seed: 3,
      speed: 20,
      startPaused: true,
    });
    await runUntil(core, 30);
    await invoke(core, 'rehearsal.nextSlot', {});
    await runUntil(core, 50);
    expect(await durianSold(core)).toBe(5000);
    const past = await invoke(core, 'rehearsal.stop', {});

    const scenarios = await invoke(core, 'rehearsal.scenarios', { showId });
    expect(scenarios[0]).toMatchObject({ runId: past.id, kind: 'rehearsal' });
    expect(scenarios[0].units).toBeGreaterThanOrEqual(5000);

    // The replay at another speed and without any pin: the durians go at show second 30 again.
    const replay = await invoke(core, 'rehearsal.start', {
      showId,
      preset: '618',
      speed: 10,
      scenarioRunId: past.id,
      startPaused: true,
    });
    expect(replay.demand).toMatchObject({ type: 'replay', runId: past.id, missingSkus: [] });
    await runUntil(core, 29);
    expect(await durianSold(core)).toBeLessThan(200);
    await runUntil(core, 50);
    expect(await durianSold(core)).toBe(5000);
    // The server reports refusals at most once a (wall) second, 20 s of the past run's show:
    // the last of them are timed at its end.
    await runUntil(core, 60);
    const again = await invoke(core, 'rehearsal.stop', {});

    // What the audience did comes back too: the attempts refused after the sell-out, and the
    // comments the past run kept, as their viewers wrote them.
    const unmet = async (runId: number) =>
      (await invoke(core, 'review.results', { runId })).products.find((p) => p.sku === DURIAN)
        ?.unmet.attempts ?? 0;
    const pastRefused = await unmet(past.id);
    expect(pastRefused).toBeGreaterThan(0);
    expect(await unmet(again.id)).toBeGreaterThanOrEqual(pastRefused / 2);
    const keptQuestions = (runId: number) =>
      readConsoleDb(dataDir, (db) =>
        db
          .prepare(
            `SELECT viewer_id || ' ' || text AS said FROM audience_comments
             WHERE run_id = ? AND question = 1 ORDER BY at, comment_id`,
          )
          .pluck()
          .all(runId),
      ) as string[];
    const asked = keptQuestions(past.id);
    expect(asked.length).toBeGreaterThan(100);
    const start = Math.floor(asked.length / 10);
    const replayed = new Set(keptQuestions(again.id));
    expect(asked.slice(start, start + 20).filter((said) => !replayed.has(said))).toEqual([]);
  }, 180_000);

  it('refuses a run without orders as a scenario', async () => {
    const { core, showId } = await openDemoConsole(harness);
    await invoke(core, 'rehearsal.start', {
      showId,
      preset: 'calm',
      startShow: false,
      startPaused: true,
    });
    const empty = await invoke(core, 'rehearsal.stop', {});
    const error = await invokeError(core, 'rehearsal.start', {
      showId,
      preset: 'calm',
      scenarioRunId: empty.id,
    });
    expect(error.code).toBe('invalid_input');
    expect(
      (await invokeError(core, 'rehearsal.start', { showId, preset: 'calm', scenarioRunId: 999 }))
        .code,
    ).toBe('not_found');
  });
});
