import type { ApiEventName, ApiEvents } from '../../../shared/api/contract';

export type HubListener = <E extends ApiEventName>(event: E, payload: ApiEvents[E]) => void;

/** Fans core events out to every connected window or websocket. */
export class EventHub {
  private readonly listeners = new Set<HubListener>();

  emit<E extends ApiEventName>(event: E, payload: ApiEvents[E]): void {
    for (const listener of this.listeners) listener(event, payload);
  }

  /** Returns the function that removes the listener. */
  listen(listener: HubListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
