import type { Db } from '../../../src/main/core/store/database';
import { handwrittenRun, T0, type LogWriter } from './log-writer';

const CROWD = { sent: 10, sold: 9, unitsSold: 27, refused: 1, failed: 0 };

/**
 * A rehearsal written by hand, started paused at T0 at 10x (show time in the comments). A (20 in
 * stock) is pinned while paused and sells out 10 s of show time (1.2 s of wall time) after the
 * pin; the rehearsal pauses at 15 s, A is restocked, speed goes to 20x and it runs to 75 s.
 */
export function sampleRehearsal(options: { db?: Db; showId?: number } = {}): LogWriter {
  const log = handwrittenRun({ ...options, kind: 'rehearsal', name: 'Rehearsal' });
  log.rehearsal(
    {
      type: 'started',
      simulatedMs: 0,
      preset: 'calm',
      seed: 7,
      speed: 10,
      scenarioRunId: null,
      serverUrl: 'http://127.0.0.1:9',
      ledgerDir: 'rehearsals/x',
    },
    T0,
  );
  log.link('connected', 'server at seq 0', T0 + 50);
  log.product('A', 20, 500, T0 + 100, 'Durian');
  log.product('B', 100, 1000, T0 + 150, 'Coconut');
  log.showState('live', T0 + 200);
  log.pin('A', T0 + 300); // 0
  log.rehearsal({ type: 'resumed', simulatedMs: 0 }, T0 + 500);
  log.order('A', 2, T0 + 600); // 1.0 s
  log.order('A', 5, T0 + 710); // 2.1 s
  log.order('A', 3, T0 + 750); // 2.5 s
  log.order('B', 1, T0 + 800); // 3.0 s
  log.order('A', 4, T0 + 900); // 4.0 s
  log.order('A', 6, T0 + 1_500); // 10.0 s: sold out
  log.rehearsal({ type: 'clock', simulatedMs: 10_000, speed: 10 }, T0 + 1_500);
  // The last step ends at T0 + 2,000 (15 s); the console has caught up at T0 + 2,100.
  log.rehearsal({ type: 'paused', simulatedMs: 15_000 }, T0 + 2_100);
  log.restock('A', 10, T0 + 3_000); // 15 s, paused
  log.rehearsal({ type: 'speed', simulatedMs: 15_000, speed: 20 }, T0 + 4_000);
  log.rehearsal({ type: 'resumed', simulatedMs: 15_000 }, T0 + 5_000);
  log.order('B', 2, T0 + 5_250); // 20 s
  log.rehearsal({ type: 'clock', simulatedMs: 20_000, speed: 20 }, T0 + 5_250);
  log.order('A', 1, T0 + 7_000); // 55 s
  log.order('B', 3, T0 + 7_750); // 70 s
  log.rehearsal({ type: 'clock', simulatedMs: 75_000, speed: 20 }, T0 + 8_000);
  log.pin(null, T0 + 8_000); // 75 s
  log.showState('ended', T0 + 8_100); // 75 s, stopping
  log.rehearsal({ type: 'stopped', simulatedMs: 75_000, crowd: CROWD }, T0 + 8_300);
  log.end(T0 + 8_500);
  return log;
}
