import { Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatCount } from '../../../shared/format/numbers';

interface StockBarProps {
  name: string;
  stock: number;
  /** What the bar measures against: the stock the product had in all (left plus sold). */
  total: number;
  lowStockThreshold: number;
}

/** Stock left as a number and a bar: green, orange at the low-stock alert, red when sold out. */
export function StockBar({ name, stock, total, lowStockThreshold }: StockBarProps) {
  const { t, i18n } = useTranslation();
  const percent = total > 0 ? Math.round((stock / total) * 100) : 0;
  const color = stock === 0 ? 'red' : stock <= lowStockThreshold ? 'orange' : 'green';
  const text = t('live.row.stockOf', {
    stock: formatCount(stock, i18n.language),
    total: formatCount(total, i18n.language),
  });
  return (
    <Stack gap={4} w={150}>
      <Text size="xs" c="dimmed">
        {t('live.row.stock')}
      </Text>
      <Text size="sm" fw={600} data-testid="live-stock">
        {text}
      </Text>
      <Progress.Root size="sm">
        <Progress.Section
          value={percent}
          color={color}
          withAria={false}
          role="progressbar"
          aria-label={t('live.row.stockBar', { name })}
          aria-valuemin={0}
          aria-valuemax={total}
          aria-valuenow={stock}
          aria-valuetext={text}
        />
      </Progress.Root>
    </Stack>
  );
}
