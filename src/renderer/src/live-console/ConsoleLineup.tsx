import { Paper, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Show } from '../../../shared/model/lineup';
import { freshnessOf, useFreshness } from '../live-run/use-freshness';
import { useLiveSelect, useShownPin } from '../live-run/use-live';
import type { LiveHeader } from '../../../shared/model/live';
import classes from './console.module.css';
import { ConsoleProductCard } from './ConsoleProductCard';
import { LINEUP_SCROLL_TEST_ID, useLineupRoom } from './use-lineup-room';
import { clauseLines } from '../components/logic/clause-lines';
import { FigurePhrases } from '../components/FigurePhrases';

const selectFreshness = (header: LiveHeader | null) => freshnessOf(header?.link);

/** From this many products on, only the cards in view are rendered. */
export const VIRTUALIZE_FROM = 30;
const CARD_ESTIMATE_PX = 92;
const CARD_GAP_PX = 6;

interface ConsoleLineupProps {
  show: Show;
}

/** Product cards kept whole in view while the comments panel shares the lineup's column. */
const KEPT_CARDS = 3;

/** Every card in a plain column (short lineups). */
function PlainLineup({ show }: ConsoleLineupProps) {
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: CARD_GAP_PX }}>
      {show.products.map((product, index) => (
        <ConsoleProductCard
          key={product.id}
          product={product}
          slot={index + 1}
          audienceLanguage={show.audienceLanguage}
        />
      ))}
    </div>
  );
}

/** Only the cards in view (and a few around them), each measured as it renders. */
function VirtualLineup({ show }: ConsoleLineupProps) {
  const scroller = useRef<HTMLDivElement>(null);
  // The app has no React Compiler; the virtualizer re-renders this component when it scrolls.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: show.products.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => CARD_ESTIMATE_PX,
    getItemKey: (index) => show.products[index]?.id ?? index,
    gap: CARD_GAP_PX,
    overscan: 4,
  });
  // A newly pinned product's card comes into view, wherever the producer had scrolled.
  const pinnedSku = useShownPin();
  const pinnedIndex = show.products.findIndex((product) => product.sku === pinnedSku);
  useEffect(() => {
    if (pinnedIndex >= 0) virtualizer.scrollToIndex(pinnedIndex, { align: 'auto' });
  }, [pinnedIndex, virtualizer]);
  return (
    <div ref={scroller} className={classes.scroll} data-testid={LINEUP_SCROLL_TEST_ID}>
      <div style={{ position: 'relative', height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const product = show.products[item.index];
          return (
            <div
              key={item.key}
              data-index={item.index}
              ref={virtualizer.measureElement}
              style={{
                position: 'absolute',
                top: 0,
                left: 0,
                right: 0,
                translate: `0 ${item.start}px`,
              }}
            >
              <ConsoleProductCard
                product={product}
                slot={item.index + 1}
                audienceLanguage={show.audienceLanguage}
              />
            </div>
          );
        })}
      </div>
    </div>
  );
}

/** Above the cards while the link is stale or down: their figures are not current. */
function NotCurrentNote() {
  const { t } = useTranslation();
  const freshness = useFreshness();
  if (freshness.kind !== 'stale' && freshness.kind !== 'down') return null;
  return (
    <Text role="status" fw={700} c="red" style={clauseLines} data-testid="lineup-not-current">
      <FigurePhrases
        text={
          freshness.kind === 'stale'
            ? t('console.lineup.notCurrent', { seconds: freshness.silentSeconds ?? 0 })
            : t('console.lineup.notCurrentDown')
        }
      />
    </Text>
  );
}

/**
 * The lineup on air, one card per slot, in a column that scrolls on its own. While the link is
 * stale or down the cards' figures are dimmed and a note says they are not current. When it
 * `shares` its column (with the comments panel) it keeps three cards whole in view and takes no
 * more than all of its cards need.
 */
export const ConsoleLineup = memo(function ConsoleLineup({
  show,
  shares = false,
}: ConsoleLineupProps & { shares?: boolean }) {
  const { t } = useTranslation();
  // The kind alone: the seconds of silence change every second and are the note's to show.
  const kind = useLiveSelect(selectFreshness);
  const section = useRef<HTMLElement>(null);
  const room = useLineupRoom(section, {
    cards: KEPT_CARDS,
    products: show.products.length,
    enabled: shares,
  });
  return (
    <section
      ref={section}
      aria-label={t('console.lineup.label')}
      className={`${classes.column} ${classes.lineup}`}
      style={{ flex: '1 1 0', minHeight: room?.min, maxHeight: room?.all }}
      data-current={kind !== 'stale' && kind !== 'down'}
    >
      <NotCurrentNote />
      {show.products.length === 0 ? (
        <Paper withBorder p="lg">
          <Text c="dimmed">{t('console.lineup.empty')}</Text>
        </Paper>
      ) : show.products.length >= VIRTUALIZE_FROM ? (
        <VirtualLineup show={show} />
      ) : (
        <div className={classes.scroll} data-testid={LINEUP_SCROLL_TEST_ID}>
          <PlainLineup show={show} />
        </div>
      )}
    </section>
  );
});
