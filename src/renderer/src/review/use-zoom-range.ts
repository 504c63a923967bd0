import { useCallback, useMemo } from 'react';

export interface Range {
  from: number;
  to: number;
}

/** The narrowest window the timeline zooms to. */
export const MIN_SPAN_MS = 1_000;

/** Keeps [from, to] within `bounds` and at least MIN_SPAN_MS wide (or the whole run if shorter). */
export function clampRange(range: Range, bounds: Range): Range {
  const whole = bounds.to - bounds.from;
  const span = Math.min(whole, Math.max(MIN_SPAN_MS, range.to - range.from));
  const from = Math.min(Math.max(bounds.from, range.from), bounds.to - span);
  return { from: Math.round(from), to: Math.round(from + span) };
}

/** The chosen window, held by the screen so that it outlives the timeline tab (null: whole). */
export type ZoomState = [Range | null, (range: Range | null) => void];

export interface ZoomRange {
  range: Range;
  isWhole: boolean;
  set: (range: Range) => void;
  /** factor < 1 zooms in around the middle, > 1 zooms out. */
  zoom: (factor: number) => void;
  /** Moves the window by a share of its width (negative: earlier). */
  pan: (share: number) => void;
  reset: () => void;
}

/** The visible window of the timeline: zoom in and out, pan, back to the whole run. */
export function useZoomRange(bounds: Range, [chosen, setChosen]: ZoomState): ZoomRange {
  const { from: boundFrom, to: boundTo } = bounds;
  const set = useCallback(
    (next: Range) => setChosen(clampRange(next, { from: boundFrom, to: boundTo })),
    [boundFrom, boundTo, setChosen],
  );
  // The same object while the window stays: the timeline debounces it, and a new object each
  // render set it again 200 ms later, which rendered the timeline anew, for as long as it was open.
  const current = useMemo(() => {
    const whole = { from: boundFrom, to: boundTo };
    return clampRange(chosen ?? whole, whole);
  }, [chosen, boundFrom, boundTo]);
  const zoom = (factor: number) => {
    const middle = (current.from + current.to) / 2;
    const half = ((current.to - current.from) * factor) / 2;
    set({ from: middle - half, to: middle + half });
  };
  const pan = (share: number) => {
    const shift = (current.to - current.from) * share;
    set({ from: current.from + shift, to: current.to + shift });
  };
  return {
    range: current,
    isWhole: current.from === bounds.from && current.to === bounds.to,
    set,
    zoom,
    pan,
    reset: () => setChosen(null),
  };
}
