import { Button, Group, Paper, SegmentedControl, Stack, Switch, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { memo, useCallback, useDeferredValue, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OnAirState } from '../../../shared/model/onair';
import type { Show } from '../../../shared/model/lineup';
import { SortableList } from '../components/SortableList';
import { useConsoleActions } from './console-actions';
import classes from './console.module.css';
import { CurrentPointCard } from './CurrentPointCard';
import { KeepCurrentInView } from './KeepCurrentInView';
import { useOnAir } from './onair-context';
import { QueueItem } from './QueueItem';
import {
  inOrder,
  queueRows,
  samePoints,
  visibleRows,
  type QueueFilter,
  type QueueRow,
} from './logic/queue-view';
import { useLiveStore } from '../live-run/live-context';
import { fillTemplate } from '../../../shared/onair/fill-point';
import { joinParts } from '../../../shared/onair/fill-text';

const selectRows = (state: OnAirState | null) => queueRows(state?.queue ?? []);
const selectFollowPin = (state: OnAirState | null) => state?.followPin ?? false;
const selectCurrentProduct = (state: OnAirState | null) => state?.current?.productId ?? null;
const selectPinnedProduct = (state: OnAirState | null) => state?.pinned?.productId ?? null;

/** The panel's title and whether the queue follows the pin. */
const QueueHeading = memo(function QueueHeading() {
  const { t } = useTranslation();
  const actions = useConsoleActions();
  const followPin = useOnAir(selectFollowPin);
  return (
    <Group justify="space-between" gap="xs" wrap="nowrap" style={{ flex: 'none' }}>
      <Title order={2} size="h4" id="console-queue-title">
        {t('console.queue.title')}
      </Title>
      <Switch
        size="sm"
        label={t('console.queue.followPin')}
        checked={followPin}
        onChange={(event) => void actions.setFollowPin(event.currentTarget.checked)}
      />
    </Group>
  );
});

/** Which points to list, and a new point. */
const QueueControls = memo(function QueueControls({
  filter,
  onFilter,
}: {
  filter: QueueFilter;
  onFilter: (filter: QueueFilter) => void;
}) {
  const { t } = useTranslation();
  const actions = useConsoleActions();
  return (
    <Group gap={6} wrap="nowrap" style={{ flex: 'none' }}>
      <SegmentedControl
        size="xs"
        style={{ flex: 1 }}
        value={filter}
        onChange={(value) => onFilter(value === 'all' ? 'all' : 'onAir')}
        aria-label={t('console.queue.filter')}
        data={[
          { value: 'onAir', label: t('console.queue.filterOnAir') },
          { value: 'all', label: t('console.queue.filterAll') },
        ]}
      />
      <Button
        size="compact-sm"
        variant="default"
        leftSection={<IconPlus size={16} aria-hidden />}
        aria-label={t('console.queue.addLabel')}
        onClick={actions.openAddPoint}
      >
        {t('console.queue.add')}
      </Button>
    </Group>
  );
});

/**
 * The talking points on air: the current one with its live values, the queue to reorder by drag
 * and drop (or the keyboard), a click to jump to a point, whether the queue follows the pin, and
 * the points to list (those on air now, or all).
 */
export const TalkingPointPanel = memo(function TalkingPointPanel({ show }: { show: Show }) {
  const { t } = useTranslation();
  const actions = useConsoleActions();
  // The list follows the points themselves (which, in which order), not their texts or marks:
  // each row reads those on its own (QueueItem), so that a live value or N / P redraws a row and
  // never the sortable list. A pin changes the points in a render of its own, which yields to the
  // frames: mounting the newly pinned product's points as sortable items is the largest part of
  // a pin's work.
  const rows = useDeferredValue(useOnAir(selectRows, samePoints));
  const currentProduct = useDeferredValue(useOnAir(selectCurrentProduct));
  const pinnedProduct = useDeferredValue(useOnAir(selectPinnedProduct));
  const [filter, setFilter] = useState<QueueFilter>('onAir');
  const [order, setOrder] = useState<number[] | null>(null);
  const scroller = useRef<HTMLDivElement>(null);

  const names = useMemo(
    () => new Map(show.products.map((product) => [product.id, product.nameHost])),
    [show.products],
  );
  const productName = useCallback(
    (id: number | null) => (id === null ? t('console.queue.showPoint') : (names.get(id) ?? '')),
    [names, t],
  );
  // Called as a drag is announced: the row's text with the live values of that moment.
  const liveStore = useLiveStore();
  const itemLabel = (row: QueueRow) =>
    joinParts(
      fillTemplate(
        row.template,
        row.valuesSku === null ? undefined : liveStore.getRow(row.valuesSku)?.product,
        show.hostLanguage,
      ),
    );
  const visible = inOrder(visibleRows(rows, filter, pinnedProduct, currentProduct), order);

  const reorder = async (ids: number[]) => {
    setOrder(ids);
    await actions.reorder(ids);
    setOrder(null);
  };

  return (
    <Paper
      withBorder
      p="sm"
      component="section"
      aria-labelledby="console-queue-title"
      style={{
        flex: 1,
        minHeight: 0,
        display: 'flex',
        flexDirection: 'column',
        overflowY: 'auto',
      }}
    >
      {/* The queue takes the room the current point leaves, and scrolls to keep the current
          point and the next one in view; below its least height the panel scrolls. */}
      <Stack gap={6} style={{ flex: 1, minHeight: 0 }}>
        <QueueHeading />
        <CurrentPointCard productName={productName} />
        <QueueControls filter={filter} onFilter={setFilter} />
        <div ref={scroller} className={classes.scroll} style={{ flex: 1, minHeight: 72 }}>
          <KeepCurrentInView scroller={scroller} listed={visible.map((row) => row.id).join(' ')} />
          {visible.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('console.queue.empty')}
            </Text>
          ) : (
            <SortableList
              items={visible}
              label={t('console.queue.listLabel')}
              itemLabel={itemLabel}
              onReorder={(ids) => void reorder(ids)}
              busy={order !== null}
              gap={2}
            >
              {(row, index) => (
                <QueueItem
                  key={row.id}
                  row={row}
                  position={index + 1}
                  productLabel={productName(row.productId)}
                  onGoto={actions.goto}
                />
              )}
            </SortableList>
          )}
        </div>
      </Stack>
    </Paper>
  );
});
