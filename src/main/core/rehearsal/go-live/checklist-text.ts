import type {
  ChecklistItem,
  ChecklistItemId,
  ChecklistReason,
  SkuList,
} from '../../../../shared/model/rehearsal';

/** How many SKUs a checklist detail names before "and N more". */
export const LISTED_SKUS = 5;

/** The first few of `skus`, and how many there are. */
export function skuList(skus: readonly string[]): SkuList {
  return { skus: skus.slice(0, LISTED_SKUS), total: skus.length };
}

function listText(named: readonly string[], total: number): string {
  const shown = named.join(', ');
  return total > named.length ? `${shown} and ${total - named.length} more` : shown;
}

function differsText(params: Extract<ChecklistReason, { code: 'lineup_differs' }>['params']) {
  const { missing, extra, stock, stockTotal } = params;
  const stockText = stock.map(
    (entry) => `${entry.sku} (lineup ${entry.lineup}, server ${entry.server})`,
  );
  return [
    missing.total > 0 ? `not on the server: ${listText(missing.skus, missing.total)}` : null,
    extra.total > 0 ? `only on the server: ${listText(extra.skus, extra.total)}` : null,
    stockTotal > 0 ? `stock differs: ${listText(stockText, stockTotal)}` : null,
  ]
    .filter((problem): problem is string => problem !== null)
    .join('; ');
}

const NOT_CHECKED: Record<
  Extract<ChecklistReason, { code: 'not_checked' }>['params']['because'],
  string
> = {
  unreachable: 'Not checked: the server could not be reached',
  other_protocol: 'Not checked: the server speaks another protocol version',
  token_refused: 'Not checked: the token was refused',
  show_missing: 'Not checked: the show was not found',
};

/** The detail of a checklist item in English (the UI says it in its language by code). */
export function checklistText(reason: ChecklistReason): string {
  switch (reason.code) {
    case 'server_answered':
      return 'The sale server answered';
    case 'server_unreachable':
      return `The sale server cannot be reached: ${reason.params.reason}`;
    case 'server_other_protocol':
      return `The server speaks another protocol: ${reason.params.message}`;
    case 'token_accepted':
      return 'The server accepted the token';
    case 'token_refused':
      return `The server refused the token: ${reason.params.message}`;
    case 'show_ready':
      return `The show ${reason.params.serverShowId} is ${reason.params.state} on the server`;
    case 'show_ended':
      return `The show ${reason.params.serverShowId} has already ended on the server`;
    case 'show_missing':
      return `The server hosts no show ${reason.params.serverShowId}`;
    case 'lineup_matches':
      return `All ${reason.params.count} products match the server's SKUs and stock`;
    case 'lineup_to_load':
      return `The server's show has no products yet; the console loads ${reason.params.count} when it connects`;
    case 'lineup_empty':
      return `The server's show is ${reason.params.state} with no products`;
    case 'lineup_differs':
      return differsText(reason.params);
    case 'not_checked':
      return NOT_CHECKED[reason.params.because];
    default: {
      const unknown: never = reason;
      throw new Error(`Unknown checklist reason ${JSON.stringify(unknown)}`);
    }
  }
}

/** A checklist item with its reason and the reason's English text. */
export function checklistItem(
  id: ChecklistItemId,
  status: ChecklistItem['status'],
  reason: ChecklistReason,
): ChecklistItem {
  return { id, status, detail: checklistText(reason), ...reason };
}
