import { Progress } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FigurePhrases } from '../components/FigurePhrases';
import { clauseLines } from '../components/logic/clause-lines';
import type { PinnedFigures } from './logic/pinned-figures';
import { formatCount } from '../../../shared/format/numbers';
import { HOST_COLORS } from './logic/host-styles';

function barColor(product: PinnedFigures): string {
  if (product.stock === 0) return 'red.6';
  return product.stock <= product.lowStockThreshold ? 'orange.5' : 'green.6';
}

/**
 * Stock left as a large number and a bar: green, orange at the low-stock alert, red sold out;
 * sized in em of the pinned panel's figures.
 */
export function StockGauge({ product }: { product: PinnedFigures }) {
  const { t, i18n } = useTranslation();
  const percent = product.total > 0 ? Math.round((product.stock / product.total) * 100) : 0;
  const text = t('host.stockOf', {
    stock: formatCount(product.stock, i18n.language),
    total: formatCount(product.total, i18n.language),
  });
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: '1em' }}>
      <p
        data-testid="host-stock"
        style={{
          ...clauseLines,
          margin: 0,
          fontSize: '4.4em',
          fontWeight: 700,
          color: HOST_COLORS.text,
        }}
      >
        <FigurePhrases text={text} />
      </p>
      <Progress.Root size="2.2em" radius="xl" bg="var(--mantine-color-dark-5)">
        <Progress.Section
          value={percent}
          color={barColor(product)}
          withAria={false}
          role="progressbar"
          aria-label={t('host.stockBar', { name: product.nameHost })}
          aria-valuemin={0}
          aria-valuemax={product.total}
          aria-valuenow={product.stock}
          aria-valuetext={text}
        />
      </Progress.Root>
    </div>
  );
}
