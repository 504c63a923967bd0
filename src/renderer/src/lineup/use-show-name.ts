import { useApiQuery } from '../api/use-api-query';

/** The name of the show with this id, kept current while it is renamed. */
export function useShowName(showId: number | null): string | undefined {
  const show = useApiQuery(
    'show.get',
    { showId: showId ?? 0 },
    { refetchOn: ['lineup.changed', 'shows.changed'], enabled: showId !== null },
  );
  return show.data && show.data.id === showId ? show.data.name : undefined;
}
