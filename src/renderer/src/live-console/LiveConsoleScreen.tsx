import { Alert, Loader } from '@mantine/core';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Show } from '../../../shared/model/lineup';
import { useApiQuery } from '../api/use-api-query';
import { describeError } from '../app/logic/error-text';
import { LiveLineup } from '../live-run/LiveLineup';
import { useLiveLoaded, useLiveShowId } from '../live-run/use-live';
import { AlertBar } from '../audience/AlertBar';
import { CommentsPanel } from '../audience/CommentsPanel';
import { useAudience, useAudienceStore } from '../audience/use-audience';
import type { AudienceState } from '../../../shared/model/audience';
import { CommandPalette } from './CommandPalette';
import classes from './console.module.css';
import { ConsoleActionsProvider } from './ConsoleActionsProvider';
import { ConsoleLineup } from './ConsoleLineup';
import type { ConsoleLog } from './logic/console-log';
import { ConsoleNoRun } from './ConsoleNoRun';
import { CuePanel } from './CuePanel';
import { EventLog } from './EventLog';
import { KeyLegend } from './KeyLegend';
import { OnAirProvider } from './onair-context';
import { palette } from './logic/palette-store';
import { StatusStrip } from './StatusStrip';
import { SideTabs } from './SideTabs';
import { TalkingPointPanel } from './TalkingPointPanel';
import { useCompactConsole } from './use-compact-console';
import { useConsoleHotkeys } from './use-console-hotkeys';
import { useConsoleLog } from './use-console-log';
import { useUndoOffers } from './use-undo-offers';

const selectHasAudience = (state: AudienceState | null) => state !== null;

/** The console's panels; the hotkeys live here, inside every provider they need. */
function ConsoleBody({
  show,
  log,
  nameOf,
}: {
  show: Show;
  log: ConsoleLog;
  nameOf: (sku: string) => string;
}) {
  useConsoleHotkeys();
  // The panels pick their parts of the audience state: a new state renders them, not the body.
  const audience = useAudienceStore();
  const hasAudience = useAudience(audience, selectHasAudience);
  // On a laptop screen the comments are a tab beside the talking points (the lineup keeps its
  // room) and the key legend a button in the status strip; on a taller one they sit under the
  // lineup, which keeps three cards in view, and the legend under the talking points.
  const compact = useCompactConsole();
  const [commentsOpen, setCommentsOpen] = useState(!compact);
  const comments = hasAudience && (
    <CommentsPanel
      audience={audience}
      open={compact || commentsOpen}
      onOpenChange={setCommentsOpen}
      inTab={compact}
    />
  );
  const points = <TalkingPointPanel show={show} />;
  return (
    <div className={classes.screen} data-testid="live-console">
      <StatusStrip onPalette={palette.open} slots={show.products.length} />
      {hasAudience && <AlertBar audience={audience} nameOf={nameOf} />}
      <div className={classes.body}>
        <div className={classes.column}>
          <ConsoleLineup show={show} shares={!compact && comments !== null && commentsOpen} />
          {!compact && comments}
          <EventLog log={log} nameOf={nameOf} />
        </div>
        <div className={classes.column}>
          <CuePanel />
          {compact && comments ? (
            <SideTabs
              points={points}
              comments={comments}
              commentsOpen={commentsOpen}
              onCommentsOpen={setCommentsOpen}
            />
          ) : (
            points
          )}
          {!compact && <KeyLegend slots={show.products.length} />}
        </div>
      </div>
      <CommandPalette show={show} />
    </div>
  );
}

/** The console of the open run's show: its lineup loaded, the commands and on-air calls wired. */
function ShowConsole({ showId }: { showId: number }) {
  const { t } = useTranslation();
  const query = useApiQuery('show.get', { showId }, { refetchOn: ['lineup.changed'] });
  const show = query.data?.id === showId ? query.data : undefined;
  const log = useConsoleLog();

  const names = useMemo(
    () => new Map((show?.products ?? []).map((product) => [product.sku, product.nameHost])),
    [show?.products],
  );
  const nameOf = useCallback((sku: string) => names.get(sku) ?? sku, [names]);
  useUndoOffers(nameOf);

  if (!show) {
    if (query.error) {
      const { title, message } = describeError(t, query.error);
      return (
        <Alert color="red" title={title} role="alert">
          {message}
        </Alert>
      );
    }
    return <Loader aria-label={t('common.loading')} />;
  }
  return (
    <ConsoleActionsProvider show={show}>
      <LiveLineup show={show} enabled>
        <ConsoleBody show={show} log={log} nameOf={nameOf} />
      </LiveLineup>
    </ConsoleActionsProvider>
  );
}

/**
 * The producer's live console (route #/live): it follows the open run, live or rehearsal, and
 * says so when none is open.
 */
export function LiveConsoleScreen() {
  const { t } = useTranslation();
  const loaded = useLiveLoaded();
  const showId = useLiveShowId();
  if (!loaded) return <Loader aria-label={t('common.loading')} />;
  if (showId === null) return <ConsoleNoRun />;
  return (
    <OnAirProvider>
      <ShowConsole showId={showId} />
    </OnAirProvider>
  );
}
