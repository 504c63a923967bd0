import { isApiEventName, type ApiEventName, type ApiEvents } from './contract';

type AnyListener = (payload: unknown) => void;

/** Subscribers per event name, shared by the transports that push events. */
export class EventListeners {
  private readonly byEvent = new Map<ApiEventName, Set<AnyListener>>();

  add<E extends ApiEventName>(event: E, listener: (payload: ApiEvents[E]) => void): () => void {
    const wrapped: AnyListener = (payload) => listener(payload as ApiEvents[E]);
    let set = this.byEvent.get(event);
    if (!set) {
      set = new Set();
      this.byEvent.set(event, set);
    }
    set.add(wrapped);
    return () => {
      set.delete(wrapped);
    };
  }

  dispatch(event: string, payload: unknown): void {
    if (!isApiEventName(event)) return;
    for (const listener of this.byEvent.get(event) ?? []) listener(payload);
  }
}
