import { Badge, Group, Progress, Stack, Text } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Product } from '../../../shared/model/lineup';
import { formatMoney } from '../../../shared/format/money';
import { formatCount, formatPercent, formatUnitRate } from '../../../shared/format/numbers';
import { FlashBadge, OutcomeNote, PendingBadges, PinBadge } from '../live-run/RowBadges';
import { useLiveRow } from '../live-run/use-live';
import { CardActions } from './CardActions';
import { forecastText } from '../live-run/logic/forecast-text';
import { sellThrough, soldOutText, stockLevel, type StockLevel } from './logic/card-figures';
import classes from './console.module.css';
import { ProductThumb } from './ProductThumb';
import { SlotTime } from './SlotTime';

interface ConsoleProductCardProps {
  product: Product;
  /** 1-based lineup slot (the digit that pins it). */
  slot: number;
  audienceLanguage: string;
}

const BAR_COLOR: Record<StockLevel, string> = { inStock: 'green', low: 'orange', soldOut: 'red' };

/**
 * One lineup slot on air: picture, names in both languages, price, stock falling live with its
 * bar, sold and sell-through, the sales rate and sell-out forecast, time on air against the
 * plan, pin, flash sale, pending commands, and the product's commands. Renders again only when
 * this product's live figures change.
 */
export const ConsoleProductCard = memo(function ConsoleProductCard({
  product,
  slot,
  audienceLanguage,
}: ConsoleProductCardProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const row = useLiveRow(product.sku);
  const name = product.nameHost;
  const label = t('console.card.label', { slot, name });
  if (!row) {
    return (
      <div className={classes.card} role="group" aria-label={label} data-testid="console-card">
        <ProductThumb name={name} imagePath={product.imagePath} slot={slot} />
        <Text fw={700} truncate="end">
          {name}
        </Text>
        <Text size="sm" c="dimmed" style={{ gridColumn: 'span 4' }}>
          {t('live.row.notOnServer')}
        </Text>
      </div>
    );
  }
  const { product: live, pending, outcome, pinShown, pinPending } = row;
  const level = stockLevel(live.stock, product.lowStockThreshold);
  const total = live.stock + live.sold;
  const price = live.flashSale?.priceMinor ?? live.priceMinor;
  return (
    <div
      className={classes.card}
      role="group"
      aria-label={label}
      data-testid="console-card"
      data-sku={product.sku}
      data-level={level}
      data-pinned={live.pinned}
    >
      <ProductThumb name={name} imagePath={product.imagePath} slot={slot} />
      <div className={classes.figure}>
        <Text fw={700} lh={1.2} lineClamp={2} title={name} className={classes.name}>
          {name}
        </Text>
        <Text
          size="sm"
          c="dimmed"
          lang={audienceLanguage}
          truncate="end"
          title={product.nameAudience}
        >
          {product.nameAudience}
        </Text>
        <Text
          size="sm"
          fw={600}
          c={
            live.flashSale
              ? 'light-dark(var(--mantine-color-grape-9), var(--mantine-color-grape-3))'
              : undefined
          }
          data-testid="card-price"
        >
          {formatMoney(price, live.currency, language)}
        </Text>
      </div>
      <div className={classes.figure}>
        <Group gap={6} wrap="nowrap" align="baseline">
          <span className={classes.big} data-testid="card-stock">
            {formatCount(live.stock, language)}
          </span>
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {t('console.card.ofTotal', { total: formatCount(total, language) })}
          </Text>
        </Group>
        <Progress.Root size="md" bg="var(--mantine-color-default-border)">
          <Progress.Section
            value={total > 0 ? (live.stock / total) * 100 : 0}
            color={BAR_COLOR[level]}
            withAria={false}
            role="progressbar"
            aria-label={t('live.row.stockBar', { name })}
            aria-valuemin={0}
            aria-valuemax={total}
            aria-valuenow={live.stock}
          />
        </Progress.Root>
        <Text size="xs" data-testid="card-sold" style={{ whiteSpace: 'nowrap' }}>
          {t('console.card.sold', {
            sold: formatCount(live.sold, language),
            percent: formatPercent(sellThrough(live.stock, live.sold), language),
          })}
        </Text>
      </div>
      <div className={classes.figure}>
        <span
          data-testid="card-rate"
          style={{ whiteSpace: 'nowrap' }}
          title={live.unitsPerSecond === null ? t('console.card.rateUnknown') : undefined}
        >
          <span className={classes.big}>
            {live.unitsPerSecond === null ? '?' : formatUnitRate(live.unitsPerSecond, language)}
          </span>
          <Text span size="sm" c="dimmed">
            {t('console.card.perSecond')}
          </Text>
        </span>
        <Text
          size="xs"
          fw={level === 'soldOut' ? 700 : 400}
          c={level === 'soldOut' ? 'red' : undefined}
          data-testid="card-forecast"
        >
          {level === 'soldOut'
            ? soldOutText(t, live)
            : forecastText(t, live, 'console.card.forecast', language)}
        </Text>
      </div>
      <SlotTime productId={product.id} />
      <Stack gap={4} miw={0} className={classes.actions}>
        <CardActions productId={product.id} sku={product.sku} name={name} pinned={pinShown} />
        <Group gap={4} wrap="wrap">
          {pinShown && <PinBadge sku={product.sku} pending={pinPending} />}
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
          {live.flashSale && <FlashBadge flash={live.flashSale} currency={live.currency} />}
          <PendingBadges pending={pending} />
        </Group>
        {outcome !== null && <OutcomeNote outcome={outcome} />}
      </Stack>
    </div>
  );
});
