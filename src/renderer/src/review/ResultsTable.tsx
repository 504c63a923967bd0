import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProductResult, ReviewClock, RunResults } from '../../../shared/model/review';
import { formatDurationCell } from '../../../shared/format/durations';
import { formatMoney } from '../../../shared/format/money';
import { formatCount, formatPercent } from '../../../shared/format/numbers';
import { formatOffset } from './logic/review-format';
import { wallTimeOf } from './logic/review-clock-text';
import type { ProductNamer } from '../../../shared/model/product-names';
import { soldOutStatus } from './logic/sold-out-status';
import { ScrollTable } from '../components/ScrollTable';

const NONE = '–';

interface ResultRowProps {
  product: ProductResult;
  start: number;
  clock: ReviewClock;
  nameOf: ProductNamer;
}

function ResultRow({ product, start, clock, nameOf }: ResultRowProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const soldOutWall =
    product.soldOutAt === null ? null : wallTimeOf(product.soldOutAt, clock, language);
  const count = (value: number) => formatCount(value, language);
  return (
    <Table.Tr data-testid="result-row" data-sku={product.sku}>
      <Table.Th scope="row" fw={600}>
        <Stack gap={0}>
          <span>{nameOf(product.sku, product.name)}</span>
          <Text span size="xs" c="dimmed" ff="monospace">
            {product.sku}
          </Text>
        </Stack>
      </Table.Th>
      <Table.Td ta="right" data-testid="opening-stock">
        {count(product.openingStock)}
        {product.restockedUnits > 0 && (
          <Text span size="xs" c="dimmed" display="block">
            {t('review.results.restocked', { units: count(product.restockedUnits) })}
          </Text>
        )}
      </Table.Td>
      <Table.Td ta="right" data-testid="units-sold">
        {count(product.unitsSold)}
      </Table.Td>
      <Table.Td ta="right" data-testid="unmet">
        <span data-testid="unmet-units">{count(product.unmet.units)}</span>
        {product.unmet.attempts > 0 && (
          <Text span size="xs" c="dimmed" display="block" data-testid="unmet-attempts">
            {t('review.results.unmetAttempts', {
              count: product.unmet.attempts,
              formatted: count(product.unmet.attempts),
            })}
          </Text>
        )}
      </Table.Td>
      <Table.Td ta="right" data-testid="sell-through">
        {product.sellThrough === null ? NONE : formatPercent(product.sellThrough, language)}
      </Table.Td>
      <Table.Td ta="right" data-testid="revenue" style={{ whiteSpace: 'nowrap' }}>
        {formatMoney(product.revenueMinor, product.currency, language)}
        {!product.revenueComplete && (
          <Text span size="xs" c="orange" display="block">
            {t('review.results.revenueIncomplete')}
          </Text>
        )}
      </Table.Td>
      <Table.Td ta="right" data-testid="sold-out-at" style={{ whiteSpace: 'nowrap' }}>
        {product.soldOutAt === null ? (
          NONE
        ) : (
          <>
            <span data-testid="sold-out-offset">{formatOffset(product.soldOutAt, start)}</span>
            {soldOutWall !== null && (
              <Text span size="xs" c="dimmed" display="block">
                {soldOutWall}
              </Text>
            )}
            {soldOutStatus(product) === 'restocked' && (
              <Text span size="xs" c="dimmed" display="block" data-testid="sold-out-restocked">
                {t('review.results.soldOutRestocked', { left: count(product.finalStock) })}
              </Text>
            )}
          </>
        )}
      </Table.Td>
      <Table.Td ta="right" data-testid="pin-to-sold-out">
        {product.pinToSoldOutMs === null ? NONE : formatDurationCell(product.pinToSoldOutMs)}
      </Table.Td>
      <Table.Td ta="right" data-testid="peak-rate">
        {count(product.peakUnitsPerSecond)}
      </Table.Td>
      <Table.Td ta="right" data-testid="pinned-time">
        {product.pinnedMs === 0 ? NONE : formatDurationCell(product.pinnedMs)}
      </Table.Td>
      <Table.Td ta="right">
        <span data-testid="sold-pinned">{count(product.unitsWhilePinned)}</span>
        <Text
          span
          size="xs"
          c="dimmed"
          display="block"
          style={{ whiteSpace: 'nowrap' }}
          data-testid="sold-not-pinned"
        >
          {t('review.results.soldNotPinned', { units: count(product.unitsWhileNotPinned) })}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}

const COLUMNS = [
  'openingStock',
  'unitsSold',
  'unmet',
  'sellThrough',
  'revenue',
  'soldOutAt',
  'pinToSoldOut',
  'peak',
  'pinnedTime',
  'soldPinned',
] as const;

/**
 * A column's header: a short name that keeps to two lines on a laptop, the whole name in its
 * title (shown on hover) and as its accessible name.
 */
function ColumnHeader({
  column,
  showTime,
}: {
  column: (typeof COLUMNS)[number];
  showTime: boolean;
}) {
  const { t } = useTranslation();
  const full =
    column === 'soldOutAt' && showTime
      ? t('review.results.soldOutAtShowTime')
      : t(`review.results.columns.${column}`);
  return (
    <Table.Th ta="right" title={full} aria-label={full} miw="5em" style={{ wordBreak: 'keep-all' }}>
      {t(`review.results.headers.${column}`)}
    </Table.Th>
  );
}

/** Per-product results of a run, as computed by the core from the run log. */
export function ResultsTable({ results, nameOf }: { results: RunResults; nameOf: ProductNamer }) {
  const { t } = useTranslation();
  return (
    <ScrollTable minWidth={960} label={t('review.results.title')}>
      <Table
        striped
        verticalSpacing="xs"
        horizontalSpacing="xs"
        aria-label={t('review.results.title')}
        style={{ fontVariantNumeric: 'tabular-nums' }}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th miw={160}>{t('review.results.columns.product')}</Table.Th>
            {COLUMNS.map((column) => (
              <ColumnHeader key={column} column={column} showTime={results.clock.base === 'show'} />
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {results.products.map((product) => (
            <ResultRow
              key={product.sku}
              product={product}
              start={results.from}
              clock={results.clock}
              nameOf={nameOf}
            />
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
