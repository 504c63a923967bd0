import { Alert, Loader, Stack, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RunResults, SalesBucket } from '../../../shared/model/review';
import { useApiQuery } from '../api/use-api-query';
import { describeError } from '../app/logic/error-text';
import { MARKER_CATEGORIES, type MarkerCategory } from './logic/chart-colors';
import { MarkerTable } from './MarkerTable';
import type { ProductNamer } from '../../../shared/model/product-names';
import { formatCount } from '../../../shared/format/numbers';
import { BarSeriesChart } from './BarSeriesChart';
import { ChartSection } from './ChartSection';
import { StockChart } from './StockChart';
import { TimelineControls } from './TimelineControls';
import { TimelineLegend } from './TimelineLegend';
import { salesRows, seriesKey } from './logic/timeline-data';
import { useProductLabels } from './use-product-labels';
import { useZoomRange, type ZoomState } from './use-zoom-range';

/** A chart's title per bucket: per minute, or per several minutes on a long window. */
function perBucket(bucketMs: number, perMinute: string, perMinutes: (n: number) => string) {
  return bucketMs === 60_000 ? perMinute : perMinutes(bucketMs / 60_000);
}

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
  const skus = timeline.data?.series.map((series) => series.sku) ?? [];
  /** Units per bucket stacked by product: those sold, or those refused as unmet demand. */
  const unitBars = (buckets: readonly SalesBucket[]) => ({
    rows: salesRows(buckets, skus),
    series: skus.map((sku, index) => ({
      key: seriesKey(index),
      name: labels.nameOf(sku),
      color: labels.colorOf(sku),
    })),
    stacked: true,
  });
  const axis = {
    start: results.from,
    spanMs: timeline.data ? timeline.data.to - timeline.data.from : 0,
    formatValue: formatUnits,
  };
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
          <ChartSection
            title={t('review.timeline.stockTitle')}
            hint={t('review.timeline.dragHint')}
            testId="stock-chart"
            label={t('review.timeline.stockChartLabel')}
            busy={timeline.loading}
            footer={
              <TimelineLegend
                products={results.products}
                nameOf={labels.nameOf}
                colorOf={labels.colorOf}
                shown={shown}
                onToggle={toggle}
              />
            }
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
          </ChartSection>
          <ChartSection
            title={perBucket(
              timeline.data.sales.bucketMs,
              t('review.timeline.salesPerMinute'),
              (minutes) => t('review.timeline.salesPerMinutes', { minutes }),
            )}
            testId="sales-chart"
            label={t('review.timeline.salesChartLabel')}
          >
            <BarSeriesChart
              {...unitBars(timeline.data.sales.buckets)}
              {...axis}
              height={200}
              maxBarSize={56}
            />
          </ChartSection>
          <ChartSection
            title={perBucket(
              timeline.data.unmet.bucketMs,
              t('review.timeline.unmetPerMinute'),
              (minutes) => t('review.timeline.unmetPerMinutes', { minutes }),
            )}
            testId="unmet-chart"
            label={t('review.timeline.unmetChartLabel')}
            empty={
              timeline.data.unmet.buckets.some((bucket) => bucket.units > 0)
                ? null
                : t('review.timeline.noUnmet')
            }
          >
            <BarSeriesChart
              {...unitBars(timeline.data.unmet.buckets)}
              {...axis}
              height={200}
              maxBarSize={56}
            />
          </ChartSection>
          <ChartSection
            title={t('review.timeline.commentsPerMinute')}
            testId="comments-chart"
            label={t('review.timeline.commentsChartLabel')}
            empty={timeline.data.comments.length > 0 ? null : t('review.timeline.noComments')}
          >
            <BarSeriesChart
              rows={timeline.data.comments.map(({ at, comments, questions }) => ({
                at,
                comments,
                questions,
              }))}
              series={[
                {
                  key: 'comments',
                  name: t('review.timeline.commentsSeries'),
                  color: 'var(--mantine-color-gray-5)',
                },
                {
                  key: 'questions',
                  name: t('review.timeline.questionsSeries'),
                  color: 'var(--mantine-color-yellow-5)',
                },
              ]}
              stacked={false}
              {...axis}
              height={160}
              maxBarSize={40}
            />
          </ChartSection>
          <Stack gap="xs">
            <Title order={3} size="h5">
              {t('review.markers.title')}
            </Title>
            <MarkerTable
              markers={timeline.data.markers}
              omitted={timeline.data.markersOmitted}
              start={results.from}
              clock={timeline.data.clock}
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
