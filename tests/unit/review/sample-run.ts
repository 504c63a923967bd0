import type { RunKind } from '../../../src/shared/model/live';
import type { Db } from '../../../src/main/core/store/database';
import { handwrittenRun, T0, type LogWriter } from './log-writer';

/**
 * A short show written by hand: A (10 in stock, 5.00) sells out 600 ms after its first pin and
 * is restocked; B (5 in stock, 10.00) sells one unit. The link drops once.
 */
export function sampleRun(
  options: { db?: Db; kind?: RunKind; name?: string; showId?: number } = {},
): LogWriter {
  const log = handwrittenRun(options);
  log.link('connected', 'server at seq 0', T0 + 50);
  log.product('A', 10, 500, T0 + 100, 'Durian');
  log.product('B', 5, 1000, T0 + 200, 'Coconut');
  log.showState('live', T0 + 900);
  log.order('A', 1, T0 + 1_000);
  log.talkingPoint(7, 'Golden pillow durian', T0 + 1_400);
  log.pin('A', T0 + 1_500);
  log.order('A', 3, T0 + 1_600);
  log.order('B', 1, T0 + 1_700);
  log.order('A', 6, T0 + 2_100, 400);
  log.pin(null, T0 + 2_500);
  log.restock('A', 4, T0 + 3_000);
  log.order('A', 1, T0 + 3_200);
  log.price('B', 900, T0 + 3_500);
  log.link('reconnecting', 'transport close; retrying in 100 ms', T0 + 4_000);
  log.protocolError('event 0: seq: Invalid input', T0 + 4_200);
  log.note('Host asked for water', T0 + 4_500);
  log.link('connected', 'server at seq 12', T0 + 5_000);
  log.showState('ended', T0 + 9_000);
  log.end(T0 + 10_000);
  return log;
}
