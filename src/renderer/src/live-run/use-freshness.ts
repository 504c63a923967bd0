import type { LinkStatus } from '../../../shared/model/live';
import { useLiveSelect } from './use-live';

/**
 * Whether the figures on screen are current: `none` with no run open, `stale` while the link is
 * connected but silent (more than 2 s without any message from the server), `down` while it is
 * not connected; only `current` figures are true now.
 */
export type FreshnessKind = 'none' | 'current' | 'stale' | 'down';

export function freshnessOf(link: LinkStatus | null | undefined): FreshnessKind {
  if (!link) return 'none';
  if (link.state !== 'connected') return 'down';
  return link.stale ? 'stale' : 'current';
}

/** Whole seconds since the last message from the server; null before the first one. */
export function silentSecondsOf(link: LinkStatus | null | undefined): number | null {
  if (!link || link.lastEventAgeMs === null) return null;
  return Math.floor(link.lastEventAgeMs / 1000);
}

export interface Freshness {
  kind: FreshnessKind;
  silentSeconds: number | null;
}

/** The open run's freshness, renewed with every link status (about once a second). */
export function useFreshness(): Freshness {
  const kind = useLiveSelect((header) => freshnessOf(header?.link));
  const silentSeconds = useLiveSelect((header) => silentSecondsOf(header?.link));
  return { kind, silentSeconds };
}
