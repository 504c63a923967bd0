import { describe, expect, it } from 'vitest';
import { EventHub } from '../../../src/main/core/api/event-hub';
import { RecentFeed } from '../../../src/main/core/live/recent-feed';
import type { LogWriter } from '../review/log-writer';
import { T0 } from '../review/log-writer';
import { sampleRehearsal } from '../review/sample-rehearsal';
import { sampleRun } from '../review/sample-run';

function storyOf(log: LogWriter) {
  const feed = new RecentFeed({ db: log.db, events: new EventHub(), openRunId: () => log.run.id });
  try {
    const story = feed.recent();
    if (story === null) throw new Error('no run');
    return story.entries;
  } finally {
    feed.close();
  }
}

describe('the time of a Recent events line', () => {
  it('is show time in a rehearsal, read from its clock entries as the review reads them', () => {
    const entries = storyOf(sampleRehearsal());
    const at = (kind: string, sku: string | null) =>
      entries.find((entry) => entry.kind === kind && 'sku' in entry && entry.sku === sku);
    // Pinned while paused at show time 0; sold out at 10 s of show time (T0 + 1.5 s of wall
    // time at 10x); restocked while paused at 15 s; unpinned at 75 s (T0 + 8 s at 20x).
    expect(at('pin', 'A')).toMatchObject({ at: T0 + 300, showMs: 0 });
    expect(at('soldOut', 'A')).toMatchObject({ at: T0 + 1_500, showMs: 10_000 });
    expect(at('restock', 'A')).toMatchObject({ at: T0 + 3_000, showMs: 15_000 });
    expect(at('pin', null)).toMatchObject({ at: T0 + 8_000, showMs: 75_000 });
  });

  it('is the wall-clock time in a live run (no show time)', () => {
    const entries = storyOf(sampleRun());
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) expect(entry.showMs).toBeNull();
  });
});
