import { memo } from 'react';
import { Badge, Button, Group, Kbd, Text } from '@mantine/core';
import { IconCommand, IconPlayerPlay, IconPlayerStop } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LinkErrorReason, LinkState, LiveHeader } from '../../../shared/model/live';
import { needsPerson } from '../../../shared/model/link-stop';
import { useMediaQuery } from '@mantine/hooks';
import { formatClock, formatDuration, readsAsNow } from '../../../shared/format/durations';
import { formatCount, formatDecimal } from '../../../shared/format/numbers';
import { useLiveActions } from '../live-run/logic/live-actions';
import { linkErrorText } from '../live-run/logic/link-error-text';
import { outcomeText } from '../live-run/logic/outcome-text';
import { showStateBadge } from '../live-run/logic/show-state-badge';
import { useFreshness } from '../live-run/use-freshness';
import { useLinkFigures, useLiveSelect } from '../live-run/use-live';
import { useNow } from '../live-run/use-now';
import classes from './console.module.css';
import { shallowEqual } from '../api/logic/picked';
import { useOnAir } from './onair-context';
import { useStripAlert } from './use-strip-alert';
import { KeysButton } from './KeyLegend';
import { useCompactConsole } from './use-compact-console';
import { clauseLines } from '../components/logic/clause-lines';
import { FigurePhrases } from '../components/FigurePhrases';
import type { RehearsalState } from '../../../shared/model/rehearsal';
import { isPaused, runClockView } from '../live-run/logic/run-clock';
import { useRehearsalState } from '../rehearsal/rehearsal-state-context';

const LINK_COLOR: Record<LinkState, string> = {
  connected: 'green',
  reconnecting: 'yellow',
  offline: 'gray',
};

function Item({
  label,
  children,
  testId,
}: {
  label: string;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <div className={classes.figure}>
      <Text size="xs" fw={600} c="gray" style={{ whiteSpace: 'nowrap' }}>
        {label}
      </Text>
      <Text
        component="div"
        size="lg"
        fw={800}
        lh={1.2}
        data-testid={testId}
        style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}
      >
        {children}
      </Text>
    </div>
  );
}

/**
 * The run's one clock: on air since the show went live (or run time before that) in a live run,
 * show time in a rehearsal; it stands still while paused and once End show was issued.
 */
function OnAirClock({ rehearsal }: { rehearsal: RehearsalState | null }) {
  const { t } = useTranslation();
  const clock = useOnAir((state) => state?.clock ?? null, shallowEqual);
  const runId = useOnAir((state) => state?.runId ?? null);
  const now = useNow(clock !== null);
  const view = clock === null || runId === null ? null : runClockView(clock, runId, rehearsal, now);
  const label = t(`console.strip.clock.${view?.label ?? 'run'}`);
  return (
    <div role="timer" aria-label={label}>
      <Item label={label} testId="strip-clock">
        <span style={{ fontSize: 26 }} data-still={view?.still ?? false}>
          {view === null ? '–' : formatClock(view.ms)}
        </span>
      </Item>
    </div>
  );
}

/** Commands pending, with those overdue: a component of its own, as each delta may change it. */
function PendingFigure() {
  const { t, i18n } = useTranslation();
  const pending = useLinkFigures((figures) => figures?.commandsPending ?? 0);
  const overdue = useLinkFigures((figures) => figures?.commandsOverdue ?? 0);
  return (
    <>
      {formatCount(pending, i18n.language)}
      {overdue > 0 && (
        <Text span inherit size="sm" ml={6} data-testid="strip-overdue">
          <FigurePhrases text={t('console.strip.overdue', { count: overdue })} />
        </Text>
      )}
    </>
  );
}

function LastEventFigure() {
  const { t, i18n } = useTranslation();
  return useLinkFigures((figures) => {
    const age = figures?.lastEventAgeMs ?? null;
    if (age === null) return t('console.strip.noEvent');
    return readsAsNow(age) ? t('console.strip.lastEventNow') : formatDuration(age, i18n.language);
  });
}

function EventRateFigure() {
  const { i18n } = useTranslation();
  return useLinkFigures((figures) => formatDecimal(figures?.eventsPerSecond ?? 0, i18n.language));
}

/**
 * The link's figures (state, commands pending, last event age, events per second): each figure
 * is a component of its own, so that a change redraws only its text; the last event's age and
 * the event rate follow the deltas four times a second (PacedLinkFigures), as in the header.
 */
function LinkFigures({ alerting, stale }: { alerting: boolean; stale: boolean }) {
  const { t } = useTranslation();
  const state = useLiveSelect((header) => header?.link.state ?? null);
  if (state === null) return null;
  return (
    <>
      <Item label={t('console.strip.link')}>
        <Text
          span
          inherit
          role="status"
          data-state={stale ? 'stale' : state}
          data-testid="strip-link"
          c={alerting ? 'white' : LINK_COLOR[state]}
        >
          {t(`live.link.state.${stale ? 'stale' : state}`)}
        </Text>
      </Item>
      <Item label={t('console.strip.pending')} testId="strip-pending">
        <PendingFigure />
      </Item>
      <Item label={t('console.strip.lastEvent')} testId="strip-last-event">
        <LastEventFigure />
      </Item>
      <Item label={t('console.strip.eventsPerSecond')} testId="strip-events">
        <EventRateFigure />
      </Item>
    </>
  );
}

/** Why the link stopped for a person (see needsPerson), with the server's words, or null. */
function stoppedLink(header: LiveHeader | null): LinkErrorReason | null {
  const link = header?.link;
  if (!link || link.state !== 'offline' || link.lastErrorReason === null) return null;
  return needsPerson(link.lastErrorReason) ? link.lastErrorReason : null;
}

/**
 * The top of the console: on-air clock, show state, audience, and the link to the sale server
 * (state, commands pending, last event age, events per second). It turns red while the link is
 * down or stale (nothing from the server for more than 2 s: it counts the seconds), while a
 * command waits more than 2 s for its acknowledgement, and for a few seconds after a command is
 * rejected, and says why; a link stopped for a person (the server lost data, a refused token,
 * version or show) says what happened and what to do, as the run panel does.
 */
export const StatusStrip = memo(function StatusStrip({
  onPalette,
  slots,
}: {
  onPalette: () => void;
  /** How many slots the lineup has, for the key legend's pin keys. */
  slots: number;
}) {
  const { t, i18n } = useTranslation();
  const compact = useCompactConsole();
  // On a laptop's width the strip keeps to one row: the palette button shows its key only.
  const narrow = useMediaQuery('(max-width: 1500px)', false, { getInitialValueInEffect: false });
  const language = i18n.language;
  const actions = useLiveActions();
  const alert = useStripAlert();
  const { state: rehearsal } = useRehearsalState();
  const runId = useLiveSelect((header) => header?.run.id ?? null);
  const paused = isPaused(runId, rehearsal);
  const stopReason = useLiveSelect(stoppedLink);
  const lastError = useLiveSelect((header) => header?.link?.lastError ?? '');
  const confirmed = useLiveSelect((header) => header?.showState ?? 'planned');
  const shown = useLiveSelect((header) => header?.displayShowState ?? 'planned');
  const viewers = useLiveSelect((header) => header?.viewers ?? 0);
  const freshness = useFreshness();
  const stale = freshness.kind === 'stale';
  const overdue = useLiveSelect((header) => header?.link?.commandsOverdue ?? 0);
  const alerting = alert.linkDown || stale || overdue > 0 || alert.rejected !== null;
  const kind = useLiveSelect((header) => header?.run.kind ?? 'live');
  const badge = showStateBadge(shown, kind, paused);
  const stateText = t(`live.show.badge.${badge.text}`);
  const stopped = stopReason !== null;
  const alertText = stopped
    ? linkErrorText(t, stopReason, lastError, language).text
    : alert.linkDown
      ? t('console.strip.linkDown')
      : stale
        ? t('console.strip.stale', { seconds: freshness.silentSeconds ?? 0 })
        : alert.rejected !== null
          ? outcomeText(t, alert.rejected)
          : '';
  return (
    <section
      aria-label={t('console.strip.label')}
      className={classes.strip}
      data-alert={alerting}
      data-testid="status-strip"
    >
      <OnAirClock rehearsal={rehearsal} />
      <Item label={t('console.strip.show')}>
        <Badge
          size="lg"
          color={badge.color}
          c={badge.textColor}
          variant="filled"
          data-testid="strip-show-state"
          style={alerting ? { outline: '2px solid white' } : undefined}
        >
          {shown === confirmed ? stateText : t('live.show.statePending', { state: stateText })}
        </Badge>
      </Item>
      <Item label={t('console.strip.viewers')} testId="strip-viewers">
        {formatCount(viewers, language)}
      </Item>
      <LinkFigures alerting={alerting} stale={stale} />
      <Text
        role="alert"
        fw={800}
        size="lg"
        data-testid="strip-alert"
        data-stopped={stopped}
        title={alert.linkDown ? t('console.alerts.linkLost') : undefined}
        style={{
          ...clauseLines,
          alignSelf: 'center',
          // Empty, it takes what room the row has left and no more: the commands stay on the
          // figures' row (at 1280x720 they went to a second row under the figures, and the
          // comments and talking points beside the lineup lost its height).
          ...(alertText === ''
            ? { flex: '1 1 0', minWidth: 0 }
            : { flex: '1 1 18rem', minWidth: 'min(18rem, 100%)' }),
        }}
      >
        <FigurePhrases text={alertText} />
      </Text>
      <Group gap="xs" wrap="nowrap" style={{ alignSelf: 'center' }}>
        {shown === 'planned' && (
          <Button
            leftSection={<IconPlayerPlay size={18} aria-hidden />}
            onClick={() => actions.open({ kind: 'startShow' })}
          >
            {t('live.show.start')}
          </Button>
        )}
        {shown === 'live' && (
          <Button
            color="red"
            variant={alerting ? 'white' : 'outline'}
            leftSection={<IconPlayerStop size={18} aria-hidden />}
            onClick={() => actions.open({ kind: 'endShow' })}
          >
            {t('live.show.end')}
          </Button>
        )}
        <Button
          variant={alerting ? 'white' : 'default'}
          color={alerting ? 'dark' : undefined}
          leftSection={<IconCommand size={18} aria-hidden />}
          rightSection={<Kbd size="xs">{t('console.keys.paletteKey')}</Kbd>}
          onClick={onPalette}
          aria-label={narrow ? t('console.strip.palette') : undefined}
          title={narrow ? t('console.strip.palette') : undefined}
        >
          {narrow ? null : t('console.strip.palette')}
        </Button>
        {compact && <KeysButton slots={slots} alerting={alerting} />}
      </Group>
    </section>
  );
});
