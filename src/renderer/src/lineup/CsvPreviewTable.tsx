import { ScrollArea, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CsvPreviewRow } from '../../../shared/api/contract';
import { formatMoney } from '../../../shared/format/money';
import { formatCount } from '../../../shared/format/numbers';

/** The products a CSV would import, as the core read them. */
export function CsvPreviewTable({ rows }: { rows: readonly CsvPreviewRow[] }) {
  const { t, i18n } = useTranslation();
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
                {formatMoney(product.priceMinor, product.currency, i18n.language)}
              </Table.Td>
              <Table.Td>{formatCount(product.openingStock, i18n.language)}</Table.Td>
              <Table.Td>{formatCount(product.lowStockThreshold, i18n.language)}</Table.Td>
              <Table.Td>{talkingPoints.length}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}
