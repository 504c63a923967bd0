type Listener = () => void;

/**
 * The newest value of a state the core pushes, held outside React: each component picks the
 * part it shows (usePicked), so a new value renders only the components whose part changed.
 */
export class LatestStore<T> {
  private readonly listeners = new Set<Listener>();

  constructor(private value: T) {}

  get = (): T => this.value;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  set(value: T): void {
    if (Object.is(value, this.value)) return;
    this.value = value;
    for (const listener of this.listeners) listener();
  }
}
