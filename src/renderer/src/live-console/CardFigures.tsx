import { Progress } from '@mantine/core';
import { memo, useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCount, formatPercent, formatUnitRate } from '../../../shared/format/numbers';
import { FigurePhrases } from '../components/FigurePhrases';
import { shallowEqual } from '../api/logic/picked';
import type { LiveRow } from '../live-run/logic/live-store';
import { forecastText } from '../live-run/logic/forecast-text';
import { useLiveRowSelect } from '../live-run/use-live';
import { sellThrough, soldOutText, stockLevel, type StockLevel } from './logic/card-figures';

/*
 * A console card's live figures, each a component of its own that picks its text from the
 * product's live row: an order redraws the texts it changed and nothing else of the card (whose
 * badges, commands and names are Mantine components, many times dearer to render); memoized,
 * so that a pin or a command redraws the card and not its figures.
 */

const BAR_COLOR: Record<StockLevel, string> = { inStock: 'green', low: 'orange', soldOut: 'red' };

/** The text `format` makes of the row, drawn again only when it changes. */
function useRowText(sku: string, format: (row: LiveRow) => string): string {
  return useLiveRowSelect(sku, (row) => (row === undefined ? '' : format(row)));
}

export const CardStock = memo(function CardStock({ sku }: { sku: string }) {
  const { i18n } = useTranslation();
  return useRowText(sku, (row) => formatCount(row.product.stock, i18n.language));
});

/** "of 120,000": what the product had in all (left plus sold). */
export const CardTotal = memo(function CardTotal({ sku }: { sku: string }) {
  const { t, i18n } = useTranslation();
  return useRowText(sku, ({ product }) =>
    t('console.card.ofTotal', { total: formatCount(product.stock + product.sold, i18n.language) }),
  );
});

/** "1,234 sold · 24.7%": each figure kept whole, the line breaking between them. */
export const CardSold = memo(function CardSold({ sku }: { sku: string }) {
  const { t, i18n } = useTranslation();
  const text = useRowText(sku, ({ product }) =>
    t('console.card.sold', {
      sold: formatCount(product.sold, i18n.language),
      percent: formatPercent(sellThrough(product.stock, product.sold), i18n.language),
    }),
  );
  return <FigurePhrases text={text} />;
});

export const CardRate = memo(function CardRate({ sku }: { sku: string }) {
  const { i18n } = useTranslation();
  return useRowText(sku, ({ product }) =>
    product.unitsPerSecond === null ? '?' : formatUnitRate(product.unitsPerSecond, i18n.language),
  );
});

/** "sold out in ~36 s (35 s–37 s)": the lines break between its figures, never inside one. */
export const CardForecast = memo(function CardForecast({ sku }: { sku: string }) {
  const { t, i18n } = useTranslation();
  const text = useRowText(sku, ({ product }) =>
    product.stock === 0
      ? soldOutText(t, product)
      : forecastText(t, product, 'console.card.forecast', i18n.language),
  );
  return <FigurePhrases text={text} />;
});

interface BarFigures {
  stock: number;
  total: number;
  level: StockLevel;
}

/** The stock bar: its share, colour by level and value for assistive technology. */
export const CardStockBar = memo(function CardStockBar({
  sku,
  name,
  lowStockThreshold,
}: {
  sku: string;
  name: string;
  lowStockThreshold: number;
}) {
  const { t, i18n } = useTranslation();
  const select = useCallback(
    (row: LiveRow | undefined): BarFigures | null =>
      row === undefined
        ? null
        : {
            stock: row.product.stock,
            total: row.product.stock + row.product.sold,
            level: stockLevel(row.product.stock, lowStockThreshold),
          },
    [lowStockThreshold],
  );
  const bar = useLiveRowSelect(sku, select, shallowEqual);
  if (bar === null) return null;
  const { stock, total, level } = bar;
  return (
    <Progress.Section
      value={total > 0 ? (stock / total) * 100 : 0}
      color={BAR_COLOR[level]}
      withAria={false}
      role="progressbar"
      aria-label={t('live.row.stockBar', { name })}
      aria-valuemin={0}
      aria-valuemax={total}
      aria-valuenow={stock}
      aria-valuetext={t('console.card.stockLeft', {
        stock: formatCount(stock, i18n.language),
        total: formatCount(total, i18n.language),
      })}
    />
  );
});
