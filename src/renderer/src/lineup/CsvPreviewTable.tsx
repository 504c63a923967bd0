import { ScrollArea, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CsvPreviewRow } from '../../../shared/api/contract';
import { formatPrice } from './money';

/** The products a CSV would import, as the core read them. */
export function CsvPreviewTable({ rows }: { rows: readonly CsvPreviewRow[] }) {
  const { t } = useTranslation();
  return (
    <ScrollArea.Autosize mah={260} type="auto">
      <Table striped stickyHeader aria-label={t('csv.previewLabel')} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('csv.columns.row')}</Table.Th>
            <Table.Th>{t('products.fields.sku')}</Table.Th>
            <Table.Th>{t('csv.columns.nameHost')}</Table.Th>
            <Table.Th>{t('csv.columns.nameAudience')}</Table.Th>
            <Table.Th>{t('products.fields.price')}</Table.Th>
            <Table.Th>{t('products.fields.openingStock')}</Table.Th>
            <Table.Th>{t('products.fields.lowStockThreshold')}</Table.Th>
            <Table.Th>{t('csv.columns.talkingPoints')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ row, product, talkingPoints }) => (
            <Table.Tr key={row}>
              <Table.Td>{row}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{product.sku}</Table.Td>
              <Table.Td>{product.nameHost}</Table.Td>
              <Table.Td>{product.nameAudience}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {formatPrice(product.priceMinor, product.currency)}
              </Table.Td>
              <Table.Td>{product.openingStock}</Table.Td>
              <Table.Td>{product.lowStockThreshold}</Table.Td>
              <Table.Td>{talkingPoints.length}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}
