import { Button, Group, Pagination, Table, Text } from '@mantine/core';
import { IconPlayerPlay } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RunKind } from '../../../shared/model/live';
import type { ReviewClock, TimelineMarker } from '../../../shared/model/review';
import { categoryColor, markerCategory } from './logic/chart-colors';
import { markerText, type ProductLabel } from './logic/marker-text';
import { formatOffset } from './logic/review-format';
import { momentColumn, wallTimeOf } from './logic/review-clock-text';

const PAGE_SIZE = 25;

interface MarkerTableProps {
  markers: readonly TimelineMarker[];
  omitted: number;
  start: number;
  clock: ReviewClock;
  products: ReadonlyMap<string, ProductLabel>;
  runKind: RunKind;
  onReplay: (at: number) => void;
}

/** Every marker of the window as text, with a way to see the console at that moment. */
export function MarkerTable({
  markers,
  omitted,
  start,
  clock,
  products,
  runKind,
  onReplay,
}: MarkerTableProps) {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState(1);
  const pages = Math.max(1, Math.ceil(markers.length / PAGE_SIZE));
  const current = Math.min(page, pages);
  const visible = markers.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE);
  if (markers.length === 0) return <Text c="dimmed">{t('review.markers.none')}</Text>;
  return (
    <>
      <Table verticalSpacing={4} aria-label={t('review.markers.title')} data-testid="marker-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{momentColumn(t, clock, t('review.markers.columns.time'))}</Table.Th>
            <Table.Th>{t('review.markers.columns.event')}</Table.Th>
            <Table.Th>{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {visible.map((marker, index) => {
            const category = markerCategory(marker);
            const wall = wallTimeOf(marker.at, clock, i18n.language);
            return (
              <Table.Tr key={`${marker.seq}-${marker.type}-${index}`} data-type={marker.type}>
                <Table.Td style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
                  {formatOffset(marker.at, start)}
                  {wall !== null && (
                    <Text span size="xs" c="dimmed" ml={8}>
                      {wall}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td
                  style={{
                    borderLeft: `3px solid ${category ? categoryColor(category) : 'transparent'}`,
                    overflowWrap: 'anywhere',
                  }}
                >
                  {markerText(t, i18n.language, marker, products, runKind)}
                </Table.Td>
                <Table.Td>
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    leftSection={<IconPlayerPlay size={14} aria-hidden />}
                    onClick={() => onReplay(marker.at)}
                    aria-label={t('review.markers.replayAt', {
                      time: formatOffset(marker.at, start),
                    })}
                  >
                    {t('review.markers.replay')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <Group justify="space-between">
        {pages > 1 ? (
          <Pagination
            size="sm"
            total={pages}
            value={current}
            onChange={setPage}
            getControlProps={(control) => ({ 'aria-label': t(`review.list.page.${control}`) })}
            getItemProps={(item) => ({
              'aria-label': t('review.list.page.number', { page: item }),
            })}
          />
        ) : (
          <span />
        )}
        {omitted > 0 && (
          <Text size="sm" c="dimmed">
            {t('review.markers.omitted', { count: omitted })}
          </Text>
        )}
      </Group>
    </>
  );
}
