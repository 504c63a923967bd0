import { useCallback, useState } from 'react';
import { z } from 'zod';

/**
 * How the host view is shown on the desk's screen, remembered per show on this machine:
 * mirrored for a teleprompter's glass, the talking point's text size, a high-contrast theme.
 */
export const HostPrefs = z.object({
  mirror: z.boolean(),
  textScale: z.number().min(0.6).max(1.6),
  highContrast: z.boolean(),
});
export type HostPrefs = z.infer<typeof HostPrefs>;

export const TEXT_SCALES = [0.8, 1, 1.25, 1.5] as const;

const DEFAULT_PREFS: HostPrefs = { mirror: false, textScale: 1, highContrast: false };

const keyOf = (showId: number) => `showdesk.hostView.${showId}`;

function load(showId: number): HostPrefs {
  try {
    const stored = HostPrefs.safeParse(JSON.parse(localStorage.getItem(keyOf(showId)) ?? 'null'));
    return stored.success ? stored.data : DEFAULT_PREFS;
  } catch {
    return DEFAULT_PREFS;
  }
}

/** The show's host-view preferences and a setter that stores them. */
export function useHostPrefs(showId: number): [HostPrefs, (change: Partial<HostPrefs>) => void] {
  const [state, setState] = useState(() => ({ showId, prefs: load(showId) }));
  const prefs = state.showId === showId ? state.prefs : load(showId);
  const update = useCallback(
    (change: Partial<HostPrefs>) => {
      const next = { ...prefs, ...change };
      localStorage.setItem(keyOf(showId), JSON.stringify(next));
      setState({ showId, prefs: next });
    },
    [prefs, showId],
  );
  return [prefs, update];
}
