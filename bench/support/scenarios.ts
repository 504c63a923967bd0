/**
 * Every scenario `npm run bench` runs, in order: its script in bench/ (run in a process of its
 * own) and the arguments of its full and quick forms. Each script starts and stops its own
 * servers on 127.0.0.1 and prints its figures with reportFigures.
 */
export interface Scenario {
  name: string;
  script: string;
  full: string[];
  quick: string[];
}

export const SCENARIOS: readonly Scenario[] = [
  { name: 'ingest', script: 'ingest.ts', full: [], quick: ['--events', '60000'] },
  {
    name: 'sale-server',
    script: 'sale-server-throughput.ts',
    full: [],
    quick: ['--orders', '40000', '--messages', '80000'],
  },
  {
    name: 'catch-up',
    script: 'catch-up.ts',
    full: [],
    quick: ['--seconds', '8'],
  },
  { name: 'event-loop', script: 'event-loop.ts', full: [], quick: ['--seconds', '5'] },
  {
    name: 'start-up',
    script: 'start-up.ts',
    full: ['--orders', '1000000'],
    quick: ['--runs', '2', '--orders', '100000'],
  },
  { name: 'reconnect', script: 'reconnect.ts', full: [], quick: ['--outages', '1,1,5'] },
  { name: 'restart', script: 'restart.ts', full: [], quick: ['--runs', '3'] },
  { name: 'rehearsal', script: 'rehearsal-speed.ts', full: [], quick: ['--minutes', '3'] },
  { name: 'review', script: 'review-open.ts', full: [], quick: ['--orders', '100000'] },
  {
    name: 'long-show',
    script: 'review-open.ts',
    full: ['--orders', '5000000', '--page'],
    quick: ['--orders', '100000', '--no-exports', '--page'],
  },
  {
    name: 'long-show-rehearsal',
    script: 'review-open.ts',
    full: ['--orders', '5000000', '--kind', 'rehearsal', '--no-exports', '--page'],
    quick: ['--orders', '50000', '--kind', 'rehearsal', '--no-exports', '--page'],
  },
  {
    name: 'page-memory',
    script: 'page-memory.ts',
    full: [],
    quick: ['--seconds', '10', '--every', '5'],
  },
  { name: 'event-to-glass', script: 'event-to-glass.ts', full: [], quick: ['--seconds', '2'] },
  {
    name: 'live-frames',
    script: 'live-frames.ts',
    full: [],
    quick: ['--seconds', '5', '--presses', '8'],
  },
  {
    name: 'live-frames-comments',
    script: 'live-frames.ts',
    full: ['--comments', '2000'],
    quick: ['--comments', '2000', '--seconds', '5', '--presses', '8'],
  },
  { name: 'audience-storage', script: 'audience-storage.ts', full: [], quick: ['--minutes', '1'] },
];
