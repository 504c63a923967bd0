import {
  HistoryRequest,
  describeIssues,
  parseWith,
  type HistoryReply,
} from '../../shared/protocol';
import type { Ledger } from '../ledger/ledger';
import type { Logger } from '../../shared/logger';
import type { Show } from '../show/show';

/**
 * Answers a `history` request (feature `history`) from the ledger, which keeps every event of
 * the show: the events `fromSeq`..`toSeq` that exist, at most `limit`, in ascending seq.
 */
export function historyReply(show: Show, ledger: Ledger, raw: unknown, log: Logger): HistoryReply {
  const parsed = parseWith(HistoryRequest, raw);
  if (!parsed.ok) {
    return { status: 'error', code: 'invalid', message: describeIssues(parsed.issues) };
  }
  const { fromSeq, toSeq, limit } = parsed.value;
  try {
    const oldest = ledger.oldestSeq(show.showId) ?? show.seq + 1;
    if (fromSeq < oldest) {
      return {
        status: 'error',
        code: 'unavailable',
        message: `the ledger keeps events from seq ${oldest} only`,
      };
    }
    const count = Math.min(limit, toSeq - fromSeq + 1);
    return {
      status: 'ok',
      latestSeq: show.seq,
      events: ledger.readEvents(show.showId, fromSeq - 1, count),
    };
  } catch (error) {
    log({ level: 'error', msg: 'history failed', showId: show.showId, error: String(error) });
    return { status: 'error', code: 'internal', message: 'the ledger could not be read' };
  }
}
