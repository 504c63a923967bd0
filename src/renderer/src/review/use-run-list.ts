import { useEffect } from 'react';
import type { RunSummary } from '../../../shared/model/review';
import { useApiQuery, type ApiQuery } from '../api/use-api-query';
import { useLiveSelect } from '../live/use-live';

/**
 * Every run (or one show's), newest first, kept current: again after a rename, note or delete,
 * when shows change, and when a run opens or ends in this console.
 */
export function useRunList(showId: number | null): ApiQuery<RunSummary[]> {
  const runs = useApiQuery('runs.list', showId === null ? {} : { showId }, {
    refetchOn: ['runs.changed', 'shows.changed'],
  });
  const openRunId = useLiveSelect((header) => header?.run.id ?? null);
  const { refetch } = runs;
  useEffect(() => {
    refetch();
  }, [openRunId, refetch]);
  return runs;
}
