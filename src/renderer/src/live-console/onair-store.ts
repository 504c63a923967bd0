import type { OnAirState } from '../../../shared/model/onair';

type Listener = () => void;

/**
 * What is on air, held outside React for the live console: each panel picks the part it shows
 * (see useOnAir), so an `onair.state` event re-renders only the panels whose part changed.
 */
export class OnAirStore {
  private state: OnAirState | null = null;
  private loaded = false;
  private readonly listeners = new Set<Listener>();

  get = (): OnAirState | null => this.state;

  isLoaded = (): boolean => this.loaded;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  /** A state the core pushed (an `onair.state` event or a fresh load): always the newest. */
  replace(state: OnAirState | null): void {
    this.state = state;
    this.loaded = true;
    this.emit();
  }

  /**
   * The state a producer call answered with. An event of the same process may have brought a
   * newer one already: keep that (revisions grow within a run).
   */
  offer(state: OnAirState): void {
    const current = this.state;
    if (current !== null && current.runId === state.runId && current.revision > state.revision) {
      return;
    }
    this.replace(state);
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
