import type { RunKind } from '../../../shared/model/live';
import { useLiveSelect } from '../live-run/use-live';

/** The kind of the open run ('rehearsal' or 'live'), or null when no run is open. */
export function useRunMode(): RunKind | null {
  return useLiveSelect((header) => header?.run.kind ?? null);
}
