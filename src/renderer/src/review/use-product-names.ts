import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/use-api-query';
import { productNamer, type ProductNamer } from '../../../shared/model/product-names';

/**
 * Names the products of a show's runs in the UI language from the show's current lineup
 * (`showId` null while the run is loading: server names until then).
 */
export function useProductNames(showId: number | null): ProductNamer {
  const { i18n } = useTranslation();
  const show = useApiQuery(
    'show.get',
    { showId: showId ?? 0 },
    { enabled: showId !== null, refetchOn: ['lineup.changed'] },
  );
  const lineup = show.data !== undefined && show.data.id === showId ? show.data : undefined;
  return useMemo(() => productNamer(lineup, i18n.language), [lineup, i18n.language]);
}
