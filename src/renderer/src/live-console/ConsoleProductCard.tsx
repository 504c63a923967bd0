import { Group, Progress, Text } from '@mantine/core';
import { memo, useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Product } from '../../../shared/model/lineup';
import { formatMoney } from '../../../shared/format/money';
import { shallowEqual } from '../api/logic/picked';
import type { LiveRow } from '../live-run/logic/live-store';
import { useLiveRowSelect } from '../live-run/use-live';
import { useRunMode } from '../rehearsal/use-run-mode';
import { CardStatus } from './CardStatus';
import {
  CardForecast,
  CardRate,
  CardSold,
  CardStock,
  CardStockBar,
  CardTotal,
} from './CardFigures';
import { cardLook } from './logic/card-figures';
import { clauseLines } from '../components/logic/clause-lines';
import classes from './console.module.css';
import { ProductThumb } from './ProductThumb';
import { SlotTime } from './SlotTime';

interface ConsoleProductCardProps {
  product: Product;
  /** 1-based lineup slot (the digit that pins it). */
  slot: number;
  audienceLanguage: string;
}

/**
 * One lineup slot on air: picture, names in both languages, price, stock falling live with its
 * bar, sold and sell-through, the sales rate and sell-out forecast, time on air against the
 * plan, pin, flash sale, pending commands, and the product's commands. The card renders again
 * when what it draws itself changes (see CardLook); an order redraws only the figures whose text
 * it changed (CardFigures), a pin or a command only the commands and badges (CardStatus).
 */
export const ConsoleProductCard = memo(function ConsoleProductCard({
  product,
  slot,
  audienceLanguage,
}: ConsoleProductCardProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { sku, lowStockThreshold } = product;
  const select = useCallback(
    (row: LiveRow | undefined) => (row === undefined ? null : cardLook(row, lowStockThreshold)),
    [lowStockThreshold],
  );
  const view = useLiveRowSelect(sku, select, shallowEqual);
  const showTime = useRunMode() === 'rehearsal';
  const name = product.nameHost;
  const label = t('console.card.label', { slot, name });
  if (view === null) {
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
  const { level, pinned, flashing } = view;
  return (
    <div
      className={classes.card}
      role="group"
      aria-label={label}
      data-testid="console-card"
      data-sku={sku}
      data-level={level}
      data-pinned={pinned}
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
            flashing
              ? 'light-dark(var(--mantine-color-grape-9), var(--mantine-color-grape-3))'
              : undefined
          }
          data-testid="card-price"
        >
          {formatMoney(view.priceMinor, view.currency, language)}
        </Text>
      </div>
      <div className={classes.figure}>
        {/* "of 60,000" goes under a stock too long for the column beside it (9,999,999). */}
        <Group gap={6} wrap="wrap" style={{ rowGap: 0 }} align="baseline">
          <span className={classes.big} data-testid="card-stock">
            <CardStock sku={sku} />
          </span>
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            <CardTotal sku={sku} />
          </Text>
        </Group>
        <Progress.Root size="md" bg="var(--mantine-color-default-border)">
          <CardStockBar sku={sku} name={name} lowStockThreshold={lowStockThreshold} />
        </Progress.Root>
        <Text size="xs" data-testid="card-sold" style={clauseLines}>
          <CardSold sku={sku} />
        </Text>
      </div>
      <div className={classes.figure}>
        <span
          data-testid="card-rate"
          style={{ whiteSpace: 'nowrap' }}
          title={
            !view.rateKnown
              ? t('console.card.rateUnknown')
              : showTime
                ? t('console.card.rateHintRehearsal')
                : undefined
          }
        >
          <span className={classes.big}>
            <CardRate sku={sku} />
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
          title={showTime ? t('console.card.forecastHintRehearsal') : undefined}
          style={clauseLines}
        >
          <CardForecast sku={sku} />
        </Text>
      </div>
      <SlotTime productId={product.id} />
      <CardStatus
        productId={product.id}
        sku={sku}
        name={name}
        lowStockThreshold={lowStockThreshold}
      />
    </div>
  );
});
