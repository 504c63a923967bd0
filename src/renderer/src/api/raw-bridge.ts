import type { ConsoleBridge, RawBridge } from '../../../shared/api/bridge';
import type { ApiEventName, ApiEvents, ApiMethod, ApiResult } from '../../../shared/api/contract';
import { unwrapEnvelope } from './envelope';

/** Wraps the preload's untyped bridge: unwraps each envelope and throws ApiError on failure. */
export function consoleBridgeFromRaw(raw: RawBridge): ConsoleBridge {
  return {
    async invoke<M extends ApiMethod>(method: M, input: unknown): Promise<ApiResult<M>> {
      return unwrapEnvelope<ApiResult<M>>(await raw.invoke(method, input));
    },
    subscribe<E extends ApiEventName>(event: E, listener: (payload: ApiEvents[E]) => void) {
      return raw.subscribe(event, (payload) => listener(payload as ApiEvents[E]));
    },
  };
}
