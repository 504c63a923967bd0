import { Badge, Group, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReplayState } from '../../../shared/model/review';
import type { ProductNamer } from '../../../shared/model/product-names';
import { formatMoney } from '../../../shared/format/money';
import { formatCount } from '../../../shared/format/numbers';
import { ScrollTable } from '../components/ScrollTable';

/** Each product as the console showed it at the replayed moment. */
export function ReplayProducts({ state, nameOf }: { state: ReplayState; nameOf: ProductNamer }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return (
    <ScrollTable minWidth={700} label={t('review.replay.productsTitle')}>
      <Table
        striped
        verticalSpacing="xs"
        aria-label={t('review.replay.productsTitle')}
        style={{ fontVariantNumeric: 'tabular-nums' }}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('review.replay.columns.product')}</Table.Th>
            <Table.Th ta="right">{t('review.replay.columns.stock')}</Table.Th>
            <Table.Th ta="right">{t('review.replay.columns.sold')}</Table.Th>
            <Table.Th ta="right">{t('review.replay.columns.price')}</Table.Th>
            <Table.Th ta="right">{t('review.replay.columns.revenue')}</Table.Th>
            <Table.Th>{t('review.replay.columns.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {state.products.map((product) => (
            <Table.Tr key={product.sku} data-testid="replay-row" data-sku={product.sku}>
              <Table.Th scope="row">{nameOf(product.sku, product.name)}</Table.Th>
              <Table.Td ta="right" data-testid="replay-stock">
                {formatCount(product.stock, language)}
              </Table.Td>
              <Table.Td ta="right" data-testid="replay-sold">
                {formatCount(product.sold, language)}
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }} data-testid="replay-price">
                {formatMoney(
                  product.flashSale?.priceMinor ?? product.priceMinor,
                  product.currency,
                  language,
                )}
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {formatMoney(product.revenueMinor, product.currency, language)}
              </Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  {product.pinned && (
                    <Badge color="blue" variant="filled" data-testid="replay-pinned">
                      {t('review.replay.pinned')}
                    </Badge>
                  )}
                  {product.stock === 0 && (
                    <Badge color="red" variant="light">
                      {t('review.replay.soldOut')}
                    </Badge>
                  )}
                  {product.flashSale && (
                    <Badge color="yellow" variant="light">
                      {t('review.replay.flashSale', {
                        cap: formatCount(product.flashSale.unitCap, language),
                      })}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
