import type { LinkStatus } from '../../../../shared/model/live';
import { frameAfter } from '../../api/logic/frame-after';

/** The link's figures the live console and the app header show beside its state. */
export interface LinkFigures {
  commandsPending: number;
  commandsOverdue: number;
  lastEventAgeMs: number | null;
  eventsPerSecond: number;
}

/**
 * How far apart the figures that move with every server event (the last event's age, events a
 * second) are shown at most: four times a second, which is as often as anyone reads them, where
 * each delta (up to 60 a second) would redraw and repaint them.
 */
export const LINK_FIGURES_PACE_MS = 250;

type Listener = () => void;

function figuresOf(link: LinkStatus): LinkFigures {
  const { commandsPending, commandsOverdue, lastEventAgeMs, eventsPerSecond } = link;
  return { commandsPending, commandsOverdue, lastEventAgeMs, eventsPerSecond };
}

/** Whether `next` differs from `shown` in what shows at once: the commands and the first event. */
function urgent(shown: LinkFigures, next: LinkFigures): boolean {
  return (
    shown.commandsPending !== next.commandsPending ||
    shown.commandsOverdue !== next.commandsOverdue ||
    (shown.lastEventAgeMs === null) !== (next.lastEventAgeMs === null)
  );
}

function same(a: LinkFigures, b: LinkFigures): boolean {
  return (
    !urgent(a, b) &&
    a.lastEventAgeMs === b.lastEventAgeMs &&
    a.eventsPerSecond === b.eventsPerSecond
  );
}

/**
 * The link figures as shown, one value for every place on screen: a change of the commands
 * pending or overdue shows at once (with the other figures as they are then); the age of the last
 * event and the event rate follow each delta at most every LINK_FIGURES_PACE_MS, the newest value
 * then, in an animation frame like every live update.
 */
export class PacedLinkFigures {
  private shown: LinkFigures | null = null;
  private latest: LinkFigures | null = null;
  private shownAt = -Infinity;
  private cancelLater: (() => void) | null = null;
  private readonly listeners = new Set<Listener>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly paceMs = LINK_FIGURES_PACE_MS,
  ) {}

  get = (): LinkFigures | null => this.shown;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  /** The link as the newest live state has it (null: no run open). */
  update(link: LinkStatus | null): void {
    const next = link === null ? null : figuresOf(link);
    this.latest = next;
    const shown = this.shown;
    if (next === null || shown === null || urgent(shown, next)) {
      this.show();
      return;
    }
    if (same(shown, next)) {
      this.latest = shown;
      return;
    }
    const waited = this.now() - this.shownAt;
    if (waited >= this.paceMs) this.show();
    else this.cancelLater ??= frameAfter(() => this.show(), this.paceMs - waited);
  }

  /** Stops the wait for the next showing (the store is disposed). */
  dispose(): void {
    this.cancelLater?.();
    this.cancelLater = null;
  }

  private show(): void {
    this.dispose();
    if (this.latest === this.shown) return;
    this.shown = this.latest;
    this.shownAt = this.now();
    for (const listener of this.listeners) listener();
  }
}
