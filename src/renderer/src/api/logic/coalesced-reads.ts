import type { ConsoleBridge } from '../../../../shared/api/bridge';
import {
  apiEventNames,
  type ApiInput,
  type ApiMethod,
  type ApiResult,
} from '../../../../shared/api/contract';

/** The methods that only read: two identical calls of these may share one answer. */
export const COALESCED_READS: ReadonlySet<ApiMethod> = new Set<ApiMethod>([
  'app.info',
  'show.list',
  'show.get',
  'live.state',
  'live.recent',
  'live.checklist',
  'rehearsal.state',
  'rehearsal.presets',
  'rehearsal.scenarios',
  'onair.state',
  'undo.offers',
]);

/**
 * The bridge, with one request for identical reads asked while the first is under way: at start
 * the components of a screen ask the core the same questions (show.get three times,
 * rehearsal.state twice), each waiting for the core's open. Any event from the core ends the
 * sharing, so a read asked after a change is never answered from before it.
 */
export function coalesceReads(bridge: ConsoleBridge): ConsoleBridge {
  const underWay = new Map<string, Promise<unknown>>();
  for (const event of apiEventNames) bridge.subscribe(event, () => underWay.clear());
  return {
    invoke<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiResult<M>> {
      if (!COALESCED_READS.has(method)) return bridge.invoke(method, input);
      const key = `${method} ${JSON.stringify(input)}`;
      const shared = underWay.get(key);
      if (shared !== undefined) return shared as Promise<ApiResult<M>>;
      const answer = bridge.invoke(method, input);
      underWay.set(key, answer);
      const done = () => {
        if (underWay.get(key) === answer) underWay.delete(key);
      };
      answer.then(done, done);
      return answer;
    },
    subscribe: (event, listener) => bridge.subscribe(event, listener),
  };
}
