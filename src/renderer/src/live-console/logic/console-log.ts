import type { RecentEvent, RecentEvents } from '../../../../shared/model/recent';

/** How many entries the log keeps (newest first). */
export const LOG_CAPACITY = 2_000;

function newestFirst(a: RecentEvent, b: RecentEvent): number {
  return b.id - a.id;
}

/**
 * Recent events of the open run as this page shows them, newest first: the history the core
 * read from the run log when the page asked, merged with the lines it sent since (each line is
 * one run log entry, so a line that came both ways shows once). Every page shows the same lines.
 */
export class ConsoleLog {
  private runId: number | null = null;
  private loaded = false;
  /** Lines sent before the first history arrived (they may be newer than it). */
  private early: RecentEvents[] = [];
  private entries: readonly RecentEvent[] = [];
  private readonly listeners = new Set<() => void>();

  getEntries = (): readonly RecentEvent[] => this.entries;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  /** The history of the open run (null: none is open), in place of another run's lines. */
  load(history: RecentEvents | null): void {
    const early = this.early;
    this.loaded = true;
    this.early = [];
    if (history === null) {
      this.replace(null, []);
      return;
    }
    const kept = history.runId === this.runId ? this.entries : [];
    const sent = early.filter((batch) => batch.runId === history.runId);
    this.replace(
      history.runId,
      merge(kept, [...history.entries, ...sent.flatMap((b) => b.entries)]),
    );
  }

  /** Lines logged since; false when they are another run's (then load the history again). */
  add(batch: RecentEvents): boolean {
    if (!this.loaded) {
      this.early.push(batch);
      return true;
    }
    if (this.runId !== batch.runId) return false;
    this.replace(batch.runId, merge(this.entries, batch.entries));
    return true;
  }

  private replace(runId: number | null, entries: readonly RecentEvent[]): void {
    this.runId = runId;
    this.entries = entries;
    for (const listener of this.listeners) listener();
  }
}

function merge(
  held: readonly RecentEvent[],
  added: readonly RecentEvent[],
): readonly RecentEvent[] {
  const byId = new Map(held.map((entry) => [entry.id, entry]));
  for (const entry of added) byId.set(entry.id, entry);
  return [...byId.values()].sort(newestFirst).slice(0, LOG_CAPACITY);
}
