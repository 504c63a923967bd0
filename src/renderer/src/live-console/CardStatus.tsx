import { Badge } from '@mantine/core';
import { memo, useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { FlashBadge, OutcomeNote, PendingBadges, PinBadge } from '../live-run/RowBadges';
import type { LiveRow } from '../live-run/logic/live-store';
import { useLiveRowSelect } from '../live-run/use-live';
import { CardActions } from './CardActions';
import { cardView, sameCardView } from './logic/card-figures';
import classes from './console.module.css';

interface CardStatusProps {
  productId: number;
  sku: string;
  name: string;
  lowStockThreshold: number;
}

/**
 * A card's commands, its badges (pinned or pinning, sold out, low stock, flash sale, pending
 * commands) and the last command's outcome: a component of its own that reads its product's live
 * row, so that a pin key, a pending command or a flash sale's units render it and not the card.
 */
export const CardStatus = memo(function CardStatus({
  productId,
  sku,
  name,
  lowStockThreshold,
}: CardStatusProps) {
  const { t } = useTranslation();
  const select = useCallback(
    (row: LiveRow | undefined) => (row === undefined ? null : cardView(row, lowStockThreshold)),
    [lowStockThreshold],
  );
  const view = useLiveRowSelect(sku, select, sameCardView);
  if (view === null) return null;
  const { level, pinShown, pinPending, pending, outcome, flashSale } = view;
  return (
    <div className={classes.actions}>
      <CardActions productId={productId} sku={sku} name={name} pinned={pinShown} />
      <div className={classes.badgeRow}>
        {pinShown && <PinBadge sku={sku} pending={pinPending} />}
        {level === 'soldOut' && (
          <Badge color="red" variant="filled" data-testid="sold-out-badge">
            {t('live.row.soldOut')}
          </Badge>
        )}
        {level === 'low' && (
          <Badge color="orange" variant="filled" c="black" data-testid="low-stock-badge">
            {t('console.card.lowStock')}
          </Badge>
        )}
        {flashSale && <FlashBadge flash={flashSale} currency={view.currency} />}
        <PendingBadges pending={pending} />
      </div>
      {outcome !== null && <OutcomeNote outcome={outcome} />}
    </div>
  );
});
