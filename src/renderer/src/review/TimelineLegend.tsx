import { Chip, ColorSwatch, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  MARKER_CATEGORIES,
  OUTAGE_COLOR,
  categoryColor,
  type MarkerCategory,
} from './logic/chart-colors';

interface TimelineLegendProps {
  products: readonly { sku: string }[];
  nameOf: (sku: string) => string;
  colorOf: (sku: string) => string;
  shown: ReadonlySet<MarkerCategory>;
  onToggle: (category: MarkerCategory) => void;
}

function DashSwatch({ color }: { color: string }) {
  return (
    <svg width="18" height="10" aria-hidden style={{ flexShrink: 0 }}>
      <line x1="0" y1="5" x2="18" y2="5" stroke={color} strokeWidth="2" strokeDasharray="4 3" />
    </svg>
  );
}

/** What the colours mean: products, shaded pins and outages, and marker kinds to show or hide. */
export function TimelineLegend({
  products,
  nameOf,
  colorOf,
  shown,
  onToggle,
}: TimelineLegendProps) {
  const { t } = useTranslation();
  return (
    <Group gap="lg" align="flex-start" wrap="wrap">
      <Group gap="md" wrap="wrap" role="list" aria-label={t('review.timeline.productsLegend')}>
        {products.map((product) => (
          <Group key={product.sku} gap={6} wrap="nowrap" role="listitem">
            <ColorSwatch color={colorOf(product.sku)} size={12} withShadow={false} aria-hidden />
            <Text size="sm">{nameOf(product.sku)}</Text>
          </Group>
        ))}
        <Group gap={6} wrap="nowrap" role="listitem">
          <ColorSwatch
            color="var(--mantine-color-gray-5)"
            size={12}
            withShadow={false}
            opacity={0.4}
            aria-hidden
          />
          <Text size="sm">{t('review.timeline.pinnedShade')}</Text>
        </Group>
        <Group gap={6} wrap="nowrap" role="listitem">
          <svg width="12" height="12" aria-hidden style={{ flexShrink: 0 }}>
            <circle cx="6" cy="6" r="5" fill="var(--mantine-color-gray-4)" />
          </svg>
          <Text size="sm">{t('review.timeline.soldOutDot')}</Text>
        </Group>
        <Group gap={6} wrap="nowrap" role="listitem">
          <ColorSwatch
            color={OUTAGE_COLOR}
            size={12}
            withShadow={false}
            opacity={0.6}
            aria-hidden
          />
          <Text size="sm">{t('review.timeline.outageShade')}</Text>
        </Group>
      </Group>
      <Group gap={6} wrap="wrap" role="group" aria-label={t('review.timeline.markersShown')}>
        {MARKER_CATEGORIES.map((category) => (
          <Chip
            key={category}
            size="xs"
            variant="outline"
            checked={shown.has(category)}
            onChange={() => onToggle(category)}
            icon={<DashSwatch color={categoryColor(category)} />}
          >
            {t(`review.markers.category.${category}`)}
          </Chip>
        ))}
      </Group>
    </Group>
  );
}
