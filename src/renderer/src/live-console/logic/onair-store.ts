import type { OnAirPoint, OnAirState } from '../../../../shared/model/onair';
import { nextPointId, previousPointId } from '../../../../shared/model/queue-order';

type Listener = () => void;

/** A key that moves the current talking point, shown before the core answers it. */
export type PointMove = 'next' | 'previous';

/** `state` with the current point moved as the key asks (by the core's queue rules); null: nowhere. */
function moved(state: OnAirState, move: PointMove): OnAirState | null {
  const currentId = state.current?.id ?? null;
  const target =
    move === 'next' ? nextPointId(state.queue, currentId) : previousPointId(state.queue, currentId);
  if (target === null) return null;
  const focus = (id: number): OnAirPoint | null =>
    state.queue.find((entry) => entry.id === id) ?? null;
  const after = nextPointId(state.queue, target);
  return { ...state, current: focus(target), next: after === null ? null : focus(after) };
}

/** A move shown before the core answered it, from the point that was current when pressed. */
interface ShownMove {
  token: number;
  move: PointMove;
  fromId: number | null;
}

/**
 * What is on air, held outside React for the live console: each panel picks the part it shows
 * (see useOnAir), so an `onair.state` event re-renders only the panels whose part changed. A key
 * that moves the current point (N, P) shows its effect from the next frame: the move is laid over
 * the core's state until the core answers it, or until the core's current point is no longer the
 * one the move started from (the core made it, or something else moved the point).
 */
export class OnAirStore {
  /** The core's newest state. */
  private base: OnAirState | null = null;
  /** The base with the moves not yet answered laid over it (what is shown). */
  private shown: OnAirState | null = null;
  private moves: ShownMove[] = [];
  private tokens = 0;
  private loaded = false;
  private readonly listeners = new Set<Listener>();

  get = (): OnAirState | null => this.shown;

  isLoaded = (): boolean => this.loaded;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  /** A state the core pushed (an `onair.state` event or a fresh load): always the newest. */
  replace(state: OnAirState | null): void {
    this.base = state;
    this.loaded = true;
    this.show();
  }

  /**
   * The state a producer call answered with (settling the move `token` when it was one). An event
   * of the same process may have brought a newer one already: keep that (revisions grow within a
   * run).
   */
  offer(state: OnAirState, token?: number): void {
    this.moves = this.moves.filter((shown) => shown.token !== token);
    const current = this.base;
    if (current !== null && current.runId === state.runId && current.revision > state.revision) {
      this.show();
      return;
    }
    this.replace(state);
  }

  /** The producer pressed N or P: shown at once; returns the token to `offer` or `dropMove`. */
  predictMove(move: PointMove): number {
    this.tokens += 1;
    this.moves = [
      ...this.moves,
      { token: this.tokens, move, fromId: this.shown?.current?.id ?? null },
    ];
    this.show();
    return this.tokens;
  }

  /** The core refused the move `token`: take it back. */
  dropMove(token: number): void {
    this.moves = this.moves.filter((shown) => shown.token !== token);
    this.show();
  }

  private show(): void {
    const base = this.base;
    // A move whose starting point is no longer current (nor reached by the moves before it) is
    // made or overtaken: the core's state shows the truth.
    let state = base;
    this.moves = this.moves.filter((shown) => {
      if (state === null || (state.current?.id ?? null) !== shown.fromId) return false;
      state = moved(state, shown.move) ?? state;
      return true;
    });
    this.shown = state;
    for (const listener of this.listeners) listener();
  }
}
