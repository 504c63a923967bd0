import type { TFunction } from 'i18next';
import { socketMessageText } from '../../../../shared/format/link-note-text';
import type { ChecklistItem, SkuList } from '../../../../shared/model/rehearsal';

function listText(t: TFunction, named: readonly string[], total: number): string {
  const list = named.join(t('rehearsal.goLive.detail.listSeparator'));
  return total > named.length
    ? t('rehearsal.goLive.detail.listMore', { list, count: total - named.length })
    : list;
}

function skusText(t: TFunction, skus: SkuList): string {
  return listText(t, skus.skus, skus.total);
}

/**
 * A checklist item's detail in the UI language (`language`, for the socket's own words), from its
 * code and parameters; the core's English `detail` when the code is not one this UI knows.
 */
export function checklistText(t: TFunction, item: ChecklistItem, language: string): string {
  const fallback = item.detail;
  switch (item.code) {
    case 'server_answered':
    case 'token_accepted':
    case 'token_refused':
    case 'server_other_protocol':
      return t(`rehearsal.goLive.detail.${item.code}`);
    case 'server_unreachable':
      return t('rehearsal.goLive.detail.server_unreachable', {
        reason: socketMessageText(item.params.reason, language),
      });
    case 'show_ready':
      return t(`rehearsal.goLive.detail.show_${item.params.state}`, {
        serverShowId: item.params.serverShowId,
      });
    case 'show_ended':
    case 'show_missing':
      return t(`rehearsal.goLive.detail.${item.code}`, {
        serverShowId: item.params.serverShowId,
      });
    case 'lineup_matches':
    case 'lineup_to_load':
      return t(`rehearsal.goLive.detail.${item.code}`, { count: item.params.count });
    case 'lineup_empty':
      return t(`rehearsal.goLive.detail.lineup_empty_${item.params.state}`);
    case 'lineup_differs': {
      const { missing, extra, stock, stockTotal } = item.params;
      const stockItems = stock.map((entry) =>
        t('rehearsal.goLive.detail.lineup_stockItem', { ...entry }),
      );
      return [
        missing.total > 0
          ? t('rehearsal.goLive.detail.lineup_missing', { skus: skusText(t, missing) })
          : null,
        extra.total > 0
          ? t('rehearsal.goLive.detail.lineup_extra', { skus: skusText(t, extra) })
          : null,
        stockTotal > 0
          ? t('rehearsal.goLive.detail.lineup_stock', {
              items: listText(t, stockItems, stockTotal),
            })
          : null,
      ]
        .filter((problem): problem is string => problem !== null)
        .join(t('rehearsal.goLive.detail.problemSeparator'));
    }
    case 'not_checked':
      return t(`rehearsal.goLive.detail.not_checked.${item.params.because}`);
    default: {
      const unknown: never = item;
      void unknown;
      return fallback;
    }
  }
}
