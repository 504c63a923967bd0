import type { ConsoleBridge, RawBridge } from '../../../../shared/api/bridge';
import { ConnectionLostError } from '../../../../shared/api/connection-status';
import type {
  ApiEventName,
  ApiEvents,
  ApiMethod,
  ApiResult,
} from '../../../../shared/api/contract';
import { unwrapEnvelope } from './envelope';

/**
 * Wraps the preload's untyped bridge: unwraps each envelope and throws ApiError on failure. The
 * preload rejects a call only when the core's process stopped before answering it; an error loses
 * its class crossing into the page, so it is made a ConnectionLostError again here.
 */
export function consoleBridgeFromRaw(raw: RawBridge): ConsoleBridge {
  return {
    async invoke<M extends ApiMethod>(method: M, input: unknown): Promise<ApiResult<M>> {
      let envelope: unknown;
      try {
        envelope = await raw.invoke(method, input);
      } catch {
        throw new ConnectionLostError(method);
      }
      return unwrapEnvelope<ApiResult<M>>(envelope);
    },
    subscribe<E extends ApiEventName>(event: E, listener: (payload: ApiEvents[E]) => void) {
      return raw.subscribe(event, (payload) => listener(payload as ApiEvents[E]));
    },
  };
}
