import { useState } from 'react';
import type { Show } from '../../../shared/model/lineup';
import { useApi } from '../api/api-context';
import type { ApiQuery } from '../api/use-api-query';
import { notifyError } from '../app/notify';
import { withProductOrder, withTalkingPointOrder } from './logic/reorder';

/**
 * Reorders products and talking points optimistically: the list moves at once, the core's answer
 * replaces it, and a failure puts the old order back with a notification.
 */
export function useLineupReorder(query: ApiQuery<Show>) {
  const api = useApi();
  const [saving, setSaving] = useState(0);

  const optimistic = async (next: Show, save: () => Promise<Show>) => {
    const previous = query.data;
    query.setData(next);
    setSaving((count) => count + 1);
    try {
      query.setData(await save());
    } catch (error) {
      if (previous) query.setData(previous);
      notifyError(error, (t) => t('editor.reorderFailed'));
    } finally {
      setSaving((count) => count - 1);
    }
  };

  return {
    /** True while a new order is on its way to the core. */
    saving: saving > 0,
    reorderProducts(show: Show, productIds: number[]) {
      void optimistic(withProductOrder(show, productIds), () =>
        api.invoke('product.reorder', { showId: show.id, productIds }),
      );
    },
    reorderTalkingPoints(show: Show, productId: number | null, talkingPointIds: number[]) {
      void optimistic(withTalkingPointOrder(show, productId, talkingPointIds), () =>
        api.invoke('talkingPoint.reorder', { showId: show.id, productId, talkingPointIds }),
      );
    },
  };
}
