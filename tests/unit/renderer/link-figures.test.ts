import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LinkStatus } from '../../../src/shared/model/live';
import {
  LINK_FIGURES_PACE_MS,
  PacedLinkFigures,
} from '../../../src/renderer/src/live-run/logic/link-figures';

function link(extra: Partial<LinkStatus> = {}): LinkStatus {
  return {
    runId: 1,
    state: 'connected',
    stale: false,
    lastEventAgeMs: 3,
    commandsPending: 0,
    commandsOverdue: 0,
    eventsPerSecond: 5000,
    clockOffsetMs: 0,
    lastSeq: 10,
    lastError: null,
    lastErrorReason: null,
    retryInMs: null,
    protocolErrors: 0,
    logMissing: 0,
    logFilling: false,
    ...extra,
  };
}

/** Animation callbacks asked for, run by `paint` (the tests run outside a browser). */
let frames: (() => void)[] = [];
function paint(): void {
  const due = frames;
  frames = [];
  for (const run of due) run();
}

describe('the link figures as the screens show them', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 1_000 });
    frames = [];
    vi.stubGlobal('requestAnimationFrame', (run: () => void) => frames.push(run));
    vi.stubGlobal('cancelAnimationFrame', () => undefined);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('shows the event rate and age at most four times a second, the newest when it does', () => {
    const paced = new PacedLinkFigures();
    const shown = vi.fn();
    paced.subscribe(shown);
    paced.update(link());
    expect(shown).toHaveBeenCalledTimes(1);
    paced.update(link({ eventsPerSecond: 5010, lastEventAgeMs: 1, lastSeq: 20 }));
    paced.update(link({ eventsPerSecond: 5020, lastEventAgeMs: 2, lastSeq: 30 }));
    expect(paced.get()?.eventsPerSecond).toBe(5000);
    expect(shown).toHaveBeenCalledTimes(1);
    // In the first frame after the quarter second, not from the timer between frames (which
    // wrote the page outside a frame and laid it out twice in the next one).
    vi.advanceTimersByTime(LINK_FIGURES_PACE_MS);
    expect(shown).toHaveBeenCalledTimes(1);
    paint();
    expect(shown).toHaveBeenCalledTimes(2);
    expect(paced.get()).toEqual({
      commandsPending: 0,
      commandsOverdue: 0,
      lastEventAgeMs: 2,
      eventsPerSecond: 5020,
    });
    // Only a change wakes it: the same figures again show nothing new.
    paced.update(link({ eventsPerSecond: 5020, lastEventAgeMs: 2, lastSeq: 40 }));
    vi.advanceTimersByTime(LINK_FIGURES_PACE_MS);
    paint();
    expect(shown).toHaveBeenCalledTimes(2);
  });

  it('shows a change of the commands pending or overdue at once, with the other figures', () => {
    const paced = new PacedLinkFigures();
    paced.update(link());
    paced.update(link({ commandsPending: 1, eventsPerSecond: 4990 }));
    expect(paced.get()).toMatchObject({ commandsPending: 1, eventsPerSecond: 4990 });
    paced.update(link({ commandsPending: 1, commandsOverdue: 1, eventsPerSecond: 4980 }));
    expect(paced.get()).toMatchObject({ commandsOverdue: 1, eventsPerSecond: 4980 });
  });

  it('shows the first event and a closed run at once', () => {
    const paced = new PacedLinkFigures();
    paced.update(link({ lastEventAgeMs: null, eventsPerSecond: 0 }));
    paced.update(link({ lastEventAgeMs: 0, eventsPerSecond: 0 }));
    expect(paced.get()?.lastEventAgeMs).toBe(0);
    paced.update(null);
    expect(paced.get()).toBeNull();
  });

  it('shows a change that comes after a quiet quarter second at once', () => {
    const paced = new PacedLinkFigures();
    paced.update(link());
    vi.advanceTimersByTime(LINK_FIGURES_PACE_MS + 50);
    paced.update(link({ eventsPerSecond: 12 }));
    expect(paced.get()?.eventsPerSecond).toBe(12);
  });
});
