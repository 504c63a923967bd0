import type { RehearsalState } from '../../../../shared/model/rehearsal';
import { formatCountdown, formatSeconds } from '../../../../shared/format/durations';

/**
 * The time left of a timed pin or flash sale ending at server time `endsAt`, on the run's one
 * clock: a live run's wall clock (`serverNow`: the server's time now); a rehearsal's show time
 * (`rehearsal`: its state, for the open run), from the show time the span ends at, so a 600 s
 * sale says 10:00 at any speed and stands still while paused. A span the rehearsal has not
 * reported yet is counted from its advertised end at the present speed.
 */
export function countdownText(
  endsAt: number,
  serverNow: number,
  rehearsal: RehearsalState | null,
): string {
  if (rehearsal === null) return formatCountdown(endsAt, serverNow);
  const span = rehearsal.spanEnds.find((each) => each.endsAt === endsAt);
  const leftMs =
    span === undefined
      ? (endsAt - serverNow) * rehearsal.speed
      : span.showMs - rehearsal.simulatedMs;
  return formatSeconds(Math.max(0, Math.ceil(leftMs / 1000)));
}
