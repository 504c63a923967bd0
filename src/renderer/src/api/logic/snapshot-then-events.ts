import type {
  ApiEventName,
  ApiEvents,
  ApiInput,
  ApiMethod,
  ApiResult,
} from '../../../../shared/api/contract';

/** The methods that take no input (a state's snapshot). */
export type StateMethod = {
  [K in ApiMethod]: Record<string, never> extends ApiInput<K> ? K : never;
}[ApiMethod];

/** A state the core answers whole with `method` and keeps current with `event`. */
export interface SnapshotThenEvents<M extends StateMethod, E extends ApiEventName> {
  method: M;
  event: E;
  /** A load was asked for (before its answer). */
  loading?: () => void;
  /** The load's answer; `eventsSince` events arrived after it was asked for (they are newer). */
  snapshot: (value: ApiResult<M>, eventsSince: number) => void;
  /** The load failed (the link to the core is down; it loads again when the link is back). */
  failed?: () => void;
  /** An event arrived (it is delivered with its animation frame's batch). */
  received?: (payload: ApiEvents[E]) => void;
  /** The events of one animation frame, oldest first; `reload` asks for the whole state again. */
  events: (batch: ApiEvents[E][], reload: () => void) => void;
}
