import { describe, expect, it } from 'vitest';
import {
  isPaused,
  runClockView,
  slotTimeView,
} from '../../../src/renderer/src/live-run/logic/run-clock';
import { showStateBadge } from '../../../src/renderer/src/live-run/logic/show-state-badge';
import type { RehearsalState } from '../../../src/shared/model/rehearsal';

const live = { startedAt: 10_000, source: 'show' as const, stoppedAt: null };

function rehearsal(paused: boolean, simulatedMs: number): RehearsalState {
  return { runId: 7, paused, simulatedMs } as RehearsalState;
}

describe('the run clock', () => {
  it('counts wall time in a live run and stands still once End show was issued', () => {
    expect(runClockView(live, 7, null, 70_000)).toEqual({
      ms: 60_000,
      label: 'show',
      paused: false,
      still: false,
    });
    const ended = { ...live, stoppedAt: 40_000 };
    expect(runClockView(ended, 7, null, 70_000)).toMatchObject({ ms: 30_000, still: true });
    expect(runClockView(ended, 7, null, 90_000).ms).toBe(30_000);
  });

  it('shows show time in a rehearsal, standing still while paused', () => {
    expect(runClockView(live, 7, rehearsal(false, 1_212_000), 70_000)).toEqual({
      ms: 1_212_000,
      label: 'showTime',
      paused: false,
      still: false,
    });
    expect(runClockView(live, 7, rehearsal(true, 5_000), 70_000)).toMatchObject({
      ms: 5_000,
      paused: true,
      still: true,
    });
    expect(runClockView(live, 8, rehearsal(true, 5_000), 70_000).label).toBe('show');
    expect(isPaused(7, rehearsal(true, 0))).toBe(true);
    expect(isPaused(8, rehearsal(true, 0))).toBe(false);
  });

  it('badges a paused rehearsal PAUSED, but an ended show stays ended', () => {
    expect(showStateBadge('live', 'rehearsal', true).text).toBe('paused');
    expect(showStateBadge('ended', 'rehearsal', true).text).toBe('ended');
  });
});

describe('a slot’s time on air', () => {
  const pinnedAt40s = { pinnedMs: 30_000, pinnedSince: 40_000, runId: 7 };

  it('counts wall time in a live run, and stands still once its span is closed', () => {
    const slot = { ...pinnedAt40s, runKind: 'live' as const };
    expect(slotTimeView(slot, null, 70_000)).toEqual({ ms: 60_000, still: false });
    expect(slotTimeView({ ...slot, pinnedSince: null }, null, 70_000)).toEqual({
      ms: 30_000,
      still: true,
    });
  });

  it('counts a rehearsal’s show time: at 20x, and standing still while paused', () => {
    const slot = { ...pinnedAt40s, runKind: 'rehearsal' as const };
    // 3 s of wall time at 20x are 60 s of show time: the span reads show time, not wall time.
    expect(slotTimeView(slot, rehearsal(false, 100_000), 1_700_000_003_000)).toEqual({
      ms: 90_000,
      still: false,
    });
    // Paused: however much wall time passes, the span stands still at the show time.
    for (const now of [1_700_000_003_000, 1_700_000_063_000]) {
      expect(slotTimeView(slot, rehearsal(true, 100_000), now)).toEqual({
        ms: 90_000,
        still: true,
      });
    }
    // The rehearsal's state not known (yet), or another run's: its closed spans, standing still.
    expect(slotTimeView(slot, null, 70_000)).toEqual({ ms: 30_000, still: true });
    expect(slotTimeView({ ...slot, runId: 8 }, rehearsal(false, 100_000), 70_000)).toEqual({
      ms: 30_000,
      still: true,
    });
  });
});
