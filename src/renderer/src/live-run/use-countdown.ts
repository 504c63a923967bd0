import { useRehearsalState } from '../rehearsal/rehearsal-state-context';
import { countdownText } from './logic/countdown-text';
import { useLiveSelect } from './use-live';
import { useNow } from './use-now';

/** The time left until server time `endsAt` on the open run's clock (see countdownText). */
export function useCountdown(endsAt: number): string {
  const offset = useLiveSelect((header) => header?.link.clockOffsetMs ?? 0);
  const runId = useLiveSelect((header) => header?.run.id ?? null);
  const { state } = useRehearsalState();
  const now = useNow(true);
  const rehearsal = state !== null && state.runId === runId ? state : null;
  return countdownText(endsAt, now + offset, rehearsal);
}
