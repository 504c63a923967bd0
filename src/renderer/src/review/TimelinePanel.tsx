import { Alert, Box, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RunResults } from '../../../shared/model/review';
import { useApiQuery } from '../api/use-api-query';
import { describeError } from '../app/notify';
import { MARKER_CATEGORIES, type MarkerCategory } from './chart-colors';
import { MarkerTable } from './MarkerTable';
import type { ProductNamer } from '../../../shared/model/product-names';
import { formatCount } from '../../../shared/format/numbers';
import { CommentsChart } from './CommentsChart';
import { SalesChart } from './SalesChart';
import { StockChart } from './StockChart';
import { TimelineControls } from './TimelineControls';
import { TimelineLegend } from './TimelineLegend';
import { useProductLabels } from './use-product-labels';
import { useZoomRange, type ZoomState } from './use-zoom-range';

/** Points per series the screen asks for: enough for a wide chart, fewer with many products. */
function maxPointsFor(products: number): number {
  return Math.max(100, Math.min(800, Math.floor(4000 / Math.max(1, products))));
}

interface TimelinePanelProps {
  results: RunResults;
  zoomState: ZoomState;
  onReplay: (at: number) => void;
  nameOf: ProductNamer;
}

/**
 * The run over time: stock per product with pins, outages and markers, sales per minute, and
 * the markers as a table. Zooming or panning asks the core for the narrower window again, so a
 * long run stays detailed wherever one looks.
 */
export function TimelinePanel({ results, zoomState, onReplay, nameOf }: TimelinePanelProps) {
  const { t, i18n } = useTranslation();
  const bounds = { from: results.from, to: results.to };
  const zoom = useZoomRange(bounds, zoomState);
  const [visible] = useDebouncedValue(zoom.range, 200);
  const [shown, setShown] = useState<ReadonlySet<MarkerCategory>>(new Set(MARKER_CATEGORIES));
  const labels = useProductLabels(results, nameOf);
  const timeline = useApiQuery(
    'review.timeline',
    {
      runId: results.run.id,
      from: visible.from,
      to: visible.to,
      maxPoints: maxPointsFor(results.products.length),
    },
    { refetchOn: ['runs.changed'] },
  );
  const formatUnits = (value: number) => formatCount(value, i18n.language);
  const toggle = (category: MarkerCategory) => {
    const next = new Set(shown);
    if (next.has(category)) next.delete(category);
    else next.add(category);
    setShown(next);
  };

  return (
    <Stack gap="md">
      <TimelineControls bounds={bounds} zoom={zoom} />
      {timeline.error && (
        <Alert color="red" title={describeError(t, timeline.error).title} role="alert">
          {describeError(t, timeline.error).message}
        </Alert>
      )}
      {!timeline.data ? (
        <Loader aria-label={t('common.loading')} />
      ) : (
        <>
          <Paper withBorder p="sm" radius="sm" aria-busy={timeline.loading}>
            <Title order={3} size="h5" mb={4}>
              {t('review.timeline.stockTitle')}
            </Title>
            <Text size="xs" c="dimmed" mb="xs">
              {t('review.timeline.dragHint')}
            </Text>
            <Box
              data-testid="stock-chart"
              role="img"
              aria-label={t('review.timeline.stockChartLabel')}
            >
              <StockChart
                timeline={timeline.data}
                start={results.from}
                range={zoom.range}
                colorOf={labels.colorOf}
                nameOf={labels.nameOf}
                shownCategories={shown}
                onSelect={zoom.set}
                formatStock={formatUnits}
                soldOut={results.products}
              />
            </Box>
            <TimelineLegend
              products={results.products}
              nameOf={labels.nameOf}
              colorOf={labels.colorOf}
              shown={shown}
              onToggle={toggle}
            />
          </Paper>
          <Paper withBorder p="sm" radius="sm">
            <Title order={3} size="h5" mb="xs">
              {timeline.data.sales.bucketMs === 60_000
                ? t('review.timeline.salesPerMinute')
                : t('review.timeline.salesPerMinutes', {
                    minutes: timeline.data.sales.bucketMs / 60_000,
                  })}
            </Title>
            <Box
              data-testid="sales-chart"
              role="img"
              aria-label={t('review.timeline.salesChartLabel')}
            >
              <SalesChart
                timeline={timeline.data}
                buckets={timeline.data.sales.buckets}
                start={results.from}
                colorOf={labels.colorOf}
                nameOf={labels.nameOf}
                formatUnits={formatUnits}
              />
            </Box>
          </Paper>
          <Paper withBorder p="sm" radius="sm">
            <Title order={3} size="h5" mb="xs">
              {timeline.data.unmet.bucketMs === 60_000
                ? t('review.timeline.unmetPerMinute')
                : t('review.timeline.unmetPerMinutes', {
                    minutes: timeline.data.unmet.bucketMs / 60_000,
                  })}
            </Title>
            {timeline.data.unmet.buckets.some((bucket) => bucket.units > 0) ? (
              <Box
                data-testid="unmet-chart"
                role="img"
                aria-label={t('review.timeline.unmetChartLabel')}
              >
                <SalesChart
                  timeline={timeline.data}
                  buckets={timeline.data.unmet.buckets}
                  start={results.from}
                  colorOf={labels.colorOf}
                  nameOf={labels.nameOf}
                  formatUnits={formatUnits}
                />
              </Box>
            ) : (
              <Text c="dimmed">{t('review.timeline.noUnmet')}</Text>
            )}
          </Paper>
          <Paper withBorder p="sm" radius="sm">
            <Title order={3} size="h5" mb="xs">
              {t('review.timeline.commentsPerMinute')}
            </Title>
            {timeline.data.comments.length > 0 ? (
              <Box
                data-testid="comments-chart"
                role="img"
                aria-label={t('review.timeline.commentsChartLabel')}
              >
                <CommentsChart
                  timeline={timeline.data}
                  start={results.from}
                  labels={{
                    comments: t('review.timeline.commentsSeries'),
                    questions: t('review.timeline.questionsSeries'),
                  }}
                  formatCount={formatUnits}
                />
              </Box>
            ) : (
              <Text c="dimmed">{t('review.timeline.noComments')}</Text>
            )}
          </Paper>
          <Stack gap="xs">
            <Title order={3} size="h5">
              {t('review.markers.title')}
            </Title>
            <MarkerTable
              markers={timeline.data.markers}
              omitted={timeline.data.markersOmitted}
              start={results.from}
              products={labels.labels}
              runKind={results.run.kind}
              onReplay={onReplay}
            />
          </Stack>
        </>
      )}
    </Stack>
  );
}
