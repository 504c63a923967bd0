/** The review's screens: the run list and one run's review. */
export type ReviewRoute = { screen: 'runs' } | { screen: 'run'; runId: number };

/** '#/runs' and '#/runs/12'; null for any other hash. */
export function parseReviewRoute(hash: string): ReviewRoute | null {
  if (hash === '#/runs') return { screen: 'runs' };
  const match = /^#\/runs\/(\d+)$/.exec(hash);
  if (!match) return null;
  const runId = Number(match[1]);
  return Number.isSafeInteger(runId) && runId > 0 ? { screen: 'run', runId } : null;
}
