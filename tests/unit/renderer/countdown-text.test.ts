import { describe, expect, it } from 'vitest';
import type { RehearsalState } from '../../../src/shared/model/rehearsal';
import { countdownText } from '../../../src/renderer/src/live-run/logic/countdown-text';

const NOW = Date.UTC(2026, 5, 18, 18, 0, 0);

function rehearsal(state: Partial<RehearsalState>): RehearsalState {
  return {
    speed: 20,
    paused: false,
    simulatedMs: 60_000,
    spanEnds: [],
    ...state,
  } as RehearsalState;
}

describe('the time left of a timed pin or flash sale', () => {
  it('counts the wall clock down in a live run', () => {
    expect(countdownText(NOW + 30_000, NOW, null)).toBe('0:30');
  });

  it('counts show time in a rehearsal: a 600 s sale at 20x has 10:00 left, not 0:30', () => {
    // The server advertises the end 30 s of wall time ahead (600 s at 20x); it is due at show
    // time 60 s + 600 s.
    const span = { endsAt: NOW + 30_000, showMs: 660_000 };
    expect(countdownText(span.endsAt, NOW, rehearsal({ spanEnds: [span] }))).toBe('10:00');
    expect(
      countdownText(
        span.endsAt,
        NOW + 15_000,
        rehearsal({ spanEnds: [span], simulatedMs: 360_000 }),
      ),
    ).toBe('5:00');
  });

  it('stands still while the rehearsal is paused, however much wall time passes', () => {
    const span = { endsAt: NOW + 30_000, showMs: 660_000 };
    const paused = rehearsal({ spanEnds: [span], paused: true, speed: 20 });
    expect(countdownText(span.endsAt, NOW + 60_000, paused)).toBe('10:00');
  });

  it('counts a span the rehearsal has not reported yet from its advertised end, at the speed', () => {
    expect(countdownText(NOW + 30_000, NOW, rehearsal({}))).toBe('10:00');
  });
});
