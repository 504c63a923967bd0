import { describe, expect, it } from 'vitest';
import { liveState } from '../../support/console-core';
import { useConsoleHarness } from '../../support/console-harness';
import { invoke } from '../../support/core-api';
import { openDemoConsole, runUntil } from './rehearsal-harness';

const harness = useConsoleHarness();

describe('the rehearsal panel’s viewers', () => {
  it('are the audience the sale server has, not a figure it was never told', async () => {
    const { core, showId } = await openDemoConsole(harness);
    await invoke(core, 'rehearsal.start', {
      showId,
      preset: '618',
      seed: 618,
      speed: 20,
      startPaused: true,
    });
    // Paused at a second's end, after ticks that planned the audience anew within the second.
    for (const seconds of [3, 4, 5]) {
      const rehearsal = await runUntil(core, seconds);
      expect(rehearsal.viewers).toBe((await liveState(core)).viewers);
    }
    await invoke(core, 'rehearsal.stop', {});
  }, 60_000);
});
