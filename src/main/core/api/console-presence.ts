import type { ConsolesOpen } from '../../../shared/model/presence';
import type { EventHub } from './event-hub';

/**
 * How many consoles are attached to this core: every page on a wire gets an id; a page that is
 * a console (not a host view) says so, and stops counting when it says otherwise or its wire
 * closes. Each change goes to every page (`consoles.open`).
 */
export class ConsolePresence {
  private lastId = 0;
  private readonly consoles = new Set<number>();

  constructor(private readonly events: EventHub) {}

  /** A page's wire opened: the id its calls carry. */
  open(): number {
    this.lastId += 1;
    return this.lastId;
  }

  /** The page is a console (`present`) or no longer one; the count after. */
  set(page: number, present: boolean): ConsolesOpen {
    const changed = present ? !this.consoles.has(page) : this.consoles.has(page);
    if (present) this.consoles.add(page);
    else this.consoles.delete(page);
    if (changed) this.events.emit('consoles.open', this.count());
    return this.count();
  }

  /** The page's wire closed. */
  close(page: number): void {
    this.set(page, false);
  }

  count(): ConsolesOpen {
    return { count: this.consoles.size };
  }
}
