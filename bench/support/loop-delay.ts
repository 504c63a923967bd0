import { monitorEventLoopDelay } from 'node:perf_hooks';
import { round } from './stats';

/** The sampling timer's period; perf_hooks' figures include it, these do not. */
const RESOLUTION_MS = 5;

/** Event loop delay of this process in ms (beyond the sampling timer's own period). */
export interface LoopDelay {
  p50: number;
  p99: number;
  max: number;
}

/** Starts sampling this process's event loop; `stop` ends it and returns the delays. */
export function watchLoopDelay(): { stop(): LoopDelay } {
  const histogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  histogram.enable();
  const ms = (ns: number) => round(Math.max(0, ns / 1e6 - RESOLUTION_MS), 1);
  return {
    stop() {
      histogram.disable();
      return {
        p50: ms(histogram.percentile(50)),
        p99: ms(histogram.percentile(99)),
        max: ms(histogram.max),
      };
    },
  };
}
