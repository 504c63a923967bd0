/**
 * A rehearsal's show time as a function of wall-clock time, from the clock anchors its run log
 * holds (the rehearsal's own entries: started, a clock entry every 10 s of show time, paused,
 * resumed, speed, link drop and restore, stopped; each written at a wall-clock moment with the
 * show time of that moment). Pure: no database, no clock.
 */

/** A rehearsal log entry that names the show time of the wall-clock moment it was written. */
export interface ClockAnchor {
  /** Console wall-clock time of the entry (epoch ms). */
  at: number;
  showMs: number;
  type:
    | 'started'
    | 'clock'
    | 'paused'
    | 'resumed'
    | 'speed'
    | 'linkDropped'
    | 'linkRestored'
    | 'stopped';
  /** The speed the entry sets or reports (started, clock, speed); null for the others. */
  speed: number | null;
}

/** A point of the line: show time `showMs` at wall-clock `at`. */
export interface ClockKnot {
  at: number;
  showMs: number;
}

/**
 * Show time over wall time: piecewise linear through the knots (both non-decreasing), standing
 * at the first knot's show time before it. After the last knot show time runs on at `tail.speed`
 * up to `tail.untilMs` when the clock was running as the log ends, and stands otherwise.
 */
export interface ClockLine {
  knots: ClockKnot[];
  tail: { speed: number; untilMs: number } | null;
}

/** The rehearsal writes a clock entry at least this often in show time (rehearsal-session). */
export const CLOCK_ENTRY_MS = 10_000;

interface Segment {
  from: ClockAnchor;
  to: ClockAnchor;
  /** The speed in force after `from` (show ms per wall ms). */
  speed: number;
}

/** Show ms per wall ms a segment actually took, or null for a segment without both. */
function observedSpeed(segment: Segment): number | null {
  const shown = segment.to.showMs - segment.from.showMs;
  const wall = segment.to.at - segment.from.at;
  return shown > 0 && wall > 0 ? shown / wall : null;
}

/** Where the clock stood for part of a segment: at its start (setup) or its end (a stop). */
function stallOf(segment: Segment): 'start' | 'end' | null {
  if (segment.from.type === 'started') return 'start';
  if (segment.to.type === 'paused' || segment.to.type === 'stopped') return 'end';
  return null;
}

/** The speed set, or the pace a plain segment at that speed showed, when that was less. */
function keptSpeed(speed: number, neighbour: Segment | undefined): number {
  const observed =
    neighbour && stallOf(neighbour) === null && neighbour.speed === speed
      ? observedSpeed(neighbour)
      : null;
  return Math.min(speed, observed ?? speed);
}

interface Fold {
  segments: Segment[];
  /** After the last anchor. */
  speed: number;
  running: boolean;
}

/** The anchors paired into segments, with the speed and whether the clock ran after each. */
function foldAnchors(anchors: readonly ClockAnchor[]): Fold {
  const segments: Segment[] = [];
  let speed = 1;
  let running = false;
  anchors.forEach((anchor, index) => {
    if (anchor.speed !== null) speed = anchor.speed;
    switch (anchor.type) {
      case 'started':
      case 'clock':
      case 'resumed':
        running = true;
        break;
      case 'paused':
      case 'stopped':
        running = false;
        break;
      case 'speed':
      case 'linkDropped':
      case 'linkRestored':
        break;
      default: {
        const unreachable: never = anchor.type;
        throw new Error(`unknown clock anchor ${String(unreachable)}`);
      }
    }
    const next = anchors[index + 1];
    if (next) segments.push({ from: anchor, to: next, speed });
  });
  return { segments, speed, running };
}

/**
 * The line through a rehearsal's clock anchors (in log order), or null without any. Between two
 * anchors show time moves linearly, at the pace the wall clock shows it kept, except where the
 * clock is known to have stood for part of the way: after the start (while the lineup loads and
 * the show starts, before the crowd's first step) and before a pause or the stop (while the
 * console catches up with the last step's events). There it ran at its speed (or the pace the
 * next or previous segment kept, when slower) and stood for the rest. Anchors that would move
 * show time or wall time backwards are left out.
 */
export function clockLine(anchors: readonly ClockAnchor[]): ClockLine | null {
  const ordered: ClockAnchor[] = [];
  for (const anchor of anchors) {
    const last = ordered.at(-1);
    if (!last || (anchor.at >= last.at && anchor.showMs >= last.showMs)) ordered.push(anchor);
  }
  const first = ordered[0];
  if (!first) return null;
  const { segments, speed, running } = foldAnchors(ordered);
  const knots: ClockKnot[] = [{ at: first.at, showMs: first.showMs }];
  segments.forEach((segment, index) => {
    const { from, to } = segment;
    const shown = to.showMs - from.showMs;
    const stall = stallOf(segment);
    if (shown > 0 && stall !== null) {
      const neighbour = segments[stall === 'start' ? index + 1 : index - 1];
      const needed = shown / keptSpeed(segment.speed, neighbour);
      if (needed < to.at - from.at) {
        knots.push(
          stall === 'start'
            ? { at: to.at - needed, showMs: from.showMs }
            : { at: from.at + needed, showMs: to.showMs },
        );
      }
    }
    knots.push({ at: to.at, showMs: to.showMs });
  });
  const last = ordered[ordered.length - 1];
  return {
    knots,
    tail: running
      ? { speed: keptSpeed(speed, segments.at(-1)), untilMs: last.showMs + CLOCK_ENTRY_MS }
      : null,
  };
}

/** Index of the last knot at or before wall time `at`, or -1. */
function knotAtOrBefore(knots: readonly ClockKnot[], at: number): number {
  let low = 0;
  let high = knots.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (knots[middle].at <= at) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

/** Index of the first knot whose show time is at least `showMs`, or knots.length. */
function knotReaching(knots: readonly ClockKnot[], showMs: number): number {
  let low = 0;
  let high = knots.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (knots[middle].showMs < showMs) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Show time (ms, fractional) at wall-clock `at`. */
export function showMsAt(line: ClockLine, at: number): number {
  const { knots, tail } = line;
  const index = knotAtOrBefore(knots, at);
  if (index < 0) return knots[0].showMs;
  const knot = knots[index];
  const next = knots[index + 1];
  if (next === undefined) {
    return tail ? Math.min(tail.untilMs, knot.showMs + (at - knot.at) * tail.speed) : knot.showMs;
  }
  const share = (at - knot.at) / (next.at - knot.at);
  return knot.showMs + share * (next.showMs - knot.showMs);
}

/**
 * The first wall-clock moment (fractional) at which show time had reached `showMs`: -Infinity
 * when it had from the start, Infinity when it never did.
 */
export function firstWallAt(line: ClockLine, showMs: number): number {
  const { knots, tail } = line;
  if (showMs <= knots[0].showMs) return -Infinity;
  const index = knotReaching(knots, showMs);
  const knot = knots[index];
  if (knot === undefined) {
    const last = knots[knots.length - 1];
    if (!tail || showMs > tail.untilMs) return Infinity;
    return last.at + (showMs - last.showMs) / tail.speed;
  }
  const previous = knots[index - 1];
  const share = (showMs - previous.showMs) / (knot.showMs - previous.showMs);
  return previous.at + share * (knot.at - previous.at);
}
