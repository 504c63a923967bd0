import { Badge, Group, Stack, Text } from '@mantine/core';
import { memo, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../../shared/format/money';
import { formatCount, formatDecimal } from '../../../../shared/format/numbers';
import { forecastText } from '../../live-run/logic/forecast-text';
import { StockBar } from '../../live-run/StockBar';
import { FlashBadge, OutcomeNote, PendingBadges, PinBadge } from '../../live-run/RowBadges';
import { RowActions } from './RowActions';
import { useLiveRow } from '../../live-run/use-live';
import { useRunMode } from '../../rehearsal/use-run-mode';

interface LiveProductRowProps {
  sku: string;
  /** The product's name in the host language (for labels). */
  name: string;
  lowStockThreshold: number;
}

function Figure({
  label,
  children,
  testId,
}: {
  label: string;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <Stack gap={4} miw={70}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={600} data-testid={testId}>
        {children}
      </Text>
    </Stack>
  );
}

/**
 * One product's live figures from the sale server: stock against what it had, sold, price, pin,
 * sold out, sales rate and sell-out forecast, pending commands and the last outcome, with the
 * product's commands. Renders again only when this product changes.
 */
export const LiveProductRow = memo(function LiveProductRow({
  sku,
  name,
  lowStockThreshold,
}: LiveProductRowProps) {
  const { t, i18n } = useTranslation();
  const row = useLiveRow(sku);
  const showTime = useRunMode() === 'rehearsal';
  const dialogProduct = useMemo(() => ({ sku, name }), [sku, name]);
  if (!row) {
    return (
      <Text size="sm" c="dimmed" data-testid="live-row-missing">
        {t('live.row.notOnServer')}
      </Text>
    );
  }
  const { product, pending, outcome, pinShown, pinPending } = row;
  const language = i18n.language;
  return (
    <Group
      role="group"
      aria-label={t('live.row.label', { name })}
      data-testid="live-row"
      data-sku={sku}
      data-sold-out={product.stock === 0}
      data-pinned={product.pinned}
      gap="lg"
      align="flex-start"
      wrap="wrap"
      pt="xs"
      style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}
    >
      <StockBar
        name={name}
        stock={product.stock}
        total={product.stock + product.sold}
        lowStockThreshold={lowStockThreshold}
      />
      <Figure label={t('live.row.sold')} testId="live-sold">
        {formatCount(product.sold, language)}
      </Figure>
      <Figure label={t('live.row.price')} testId="live-price">
        {formatMoney(product.priceMinor, product.currency, language)}
      </Figure>
      <Figure label={t(showTime ? 'live.row.rateShowTime' : 'live.row.rate')}>
        {product.unitsPerSecond === null
          ? t('console.card.rateUnknown')
          : t('live.row.rateValue', { rate: formatDecimal(product.unitsPerSecond, language) })}
      </Figure>
      <Figure label={t(showTime ? 'live.row.forecastShowTime' : 'live.row.forecast')}>
        {forecastText(t, product, 'console.card.forecast', language)}
      </Figure>
      <Stack gap={6} style={{ flex: 1, minWidth: 200 }}>
        <Group gap={6} wrap="wrap">
          {pinShown && <PinBadge sku={sku} pending={pinPending} />}
          {product.stock === 0 && (
            <Badge color="red" variant="filled" data-testid="sold-out-badge">
              {t('live.row.soldOut')}
            </Badge>
          )}
          {product.flashSale && (
            <FlashBadge flash={product.flashSale} currency={product.currency} />
          )}
          <PendingBadges pending={pending} />
        </Group>
        <OutcomeNote outcome={outcome} />
      </Stack>
      <RowActions product={dialogProduct} pinned={pinShown} />
    </Group>
  );
});
