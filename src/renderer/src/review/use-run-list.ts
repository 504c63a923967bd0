import { useEffect, useRef } from 'react';
import type { RunSummary } from '../../../shared/model/review';
import { useApiQuery, type ApiQuery } from '../api/use-api-query';
import { useLiveSelect } from '../live-run/use-live';

/**
 * Every run (or one show's), newest first, kept current: again after a rename, note or delete,
 * when shows change, and when a run opens or ends in this console.
 */
export function useRunList(showId: number | null): ApiQuery<RunSummary[]> {
  const runs = useApiQuery('runs.list', showId === null ? {} : { showId }, {
    refetchOn: ['runs.changed', 'shows.changed'],
  });
  const openRunId = useLiveSelect((header) => header?.run.id ?? null);
  const seenRunId = useRef(openRunId);
  const { refetch } = runs;
  useEffect(() => {
    if (seenRunId.current === openRunId) return;
    seenRunId.current = openRunId;
    refetch();
  }, [openRunId, refetch]);
  return runs;
}
