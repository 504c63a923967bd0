import { describe, expect, it } from 'vitest';
import { isPaused, runClockView } from '../../../src/renderer/src/live-run/logic/run-clock';
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
