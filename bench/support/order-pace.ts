import { percentile } from './stats';

/**
 * How evenly orders reached the sale server's ledger: the orders of each `windowMs` window from
 * the first order's time to the last one's (server times, `at`), as the 99th percentile of the
 * windows' counts over their mean. 1 is an even pace; a crowd that gets the CPU in bursts sends
 * its orders in bursts, and the busiest windows hold several times the mean.
 */
export function paceBurstiness(ats: readonly number[], windowMs = 10): number {
  if (ats.length === 0) return 0;
  const first = Math.min(...ats.slice(0, 1000));
  const last = Math.max(...ats.slice(-1000));
  const counts = new Array<number>(Math.max(1, Math.ceil((last - first + 1) / windowMs))).fill(0);
  for (const at of ats) {
    const window = Math.floor((at - first) / windowMs);
    if (window >= 0 && window < counts.length) counts[window] += 1;
  }
  const mean = ats.length / counts.length;
  return (
    percentile(
      [...counts].sort((a, b) => a - b),
      99,
    ) / mean
  );
}
