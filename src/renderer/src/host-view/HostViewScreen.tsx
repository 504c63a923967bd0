import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { CurrentPoint } from './CurrentPoint';
import { isPaused, runClockView } from '../live-run/logic/run-clock';
import { useFreshness } from '../live-run/use-freshness';
import { useAudienceState } from '../audience/use-audience';
import { useRehearsalState } from '../rehearsal/rehearsal-state-context';
import { HostHeader } from './HostHeader';
import { HostAlertLine, HostQuestion } from './HostQuestion';
import { HostLinkStrip } from './HostLinkStrip';
import { HostDisplayMenu } from './HostDisplayMenu';
import { useHostPrefs } from './host-prefs';
import { HOST_COLORS, hostTheme } from './logic/host-styles';
import { NextPoint } from './NextPoint';
import { NoRun } from './NoRun';
import { PinnedProduct } from './PinnedProduct';
import { SoldOutPanel } from './SoldOutPanel';
import { useClock } from './use-clock';
import { liveSoldOut } from './logic/live-sold-out';
import { useLiveRowSelect } from '../live-run/use-live';
import type { LiveRow } from '../live-run/logic/live-store';
import { useOnAirState } from './use-onair-state';

const rowSoldOut = (row: LiveRow | undefined) =>
  row === undefined ? null : row.product.stock === 0;

/**
 * The host's screen: the current talking point in very large type, the pinned product, the next
 * point and the on-air clock, following the producer's console live. Nothing here changes the
 * show.
 */
export function HostViewScreen() {
  const { t } = useTranslation();
  const { loaded, state } = useOnAirState();
  const now = useClock();
  const freshness = useFreshness();
  const { state: rehearsal } = useRehearsalState();
  const paused = isPaused(state?.runId ?? null, rehearsal);
  const current = freshness.kind === 'current' || freshness.kind === 'none';
  const [prefs, setPrefs] = useHostPrefs(state?.showId ?? 0);
  const audience = useAudienceState();
  // Sold out by the live row the pinned figures read, in the render that shows its 0 left.
  const pinnedSoldOut = useLiveRowSelect(state?.pinned?.sku ?? null, rowSoldOut);
  const soldOut = state === null ? null : liveSoldOut(state, pinnedSoldOut);
  const names = new Map(state?.slots.map((slot) => [slot.sku, slot.nameHost]) ?? []);
  const nameOf = (sku: string) => names.get(sku) ?? sku;

  useEffect(() => {
    const before = document.title;
    document.title = paused
      ? `${t('host.pausedPrefix')} ${t('host.windowTitle')}`
      : t('host.windowTitle');
    return () => {
      document.title = before;
    };
  }, [t, paused]);

  return (
    <main
      aria-label={t('host.label')}
      data-mirror={prefs.mirror}
      data-contrast={prefs.highContrast ? 'high' : 'normal'}
      style={{
        ...hostTheme(prefs.highContrast),
        // Mirror mode flips the whole view for a teleprompter's glass.
        transform: prefs.mirror ? 'scaleX(-1)' : undefined,
        height: '100vh',
        boxSizing: 'border-box',
        padding: '2vh 2.4vh',
        background: HOST_COLORS.background,
        color: HOST_COLORS.text,
        lineHeight: 1.2,
        display: 'flex',
        flexDirection: 'column',
        gap: '2vh',
        overflow: 'hidden',
      }}
    >
      {state === null ? (
        <NoRun loading={!loaded} />
      ) : (
        <>
          <HostLinkStrip kind={freshness.kind} silentSeconds={freshness.silentSeconds} />
          <HostHeader
            state={state}
            clock={runClockView(state.clock, state.runId, rehearsal, now)}
            menu={<HostDisplayMenu prefs={prefs} onChange={setPrefs} />}
          />
          {audience && <HostAlertLine audience={audience} nameOf={nameOf} />}
          {audience && <HostQuestion audience={audience} />}
          <div
            style={{
              flex: 1,
              minHeight: 0,
              display: 'grid',
              gridTemplateColumns: 'minmax(0, 2.4fr) minmax(0, 1fr)',
              gap: '2vh',
            }}
          >
            {soldOut === null ? (
              <CurrentPoint
                textScale={prefs.textScale}
                point={state.current}
                hostLanguage={state.hostLanguage}
                audienceLanguage={state.audienceLanguage}
                current={current}
              />
            ) : (
              <SoldOutPanel
                soldOut={soldOut}
                hostLanguage={state.hostLanguage}
                audienceLanguage={state.audienceLanguage}
              />
            )}
            <PinnedProduct
              product={state.pinned}
              hostLanguage={state.hostLanguage}
              audienceLanguage={state.audienceLanguage}
              now={now}
              rehearsal={rehearsal !== null && rehearsal.runId === state.runId ? rehearsal : null}
              soldOut={soldOut}
              current={current}
            />
          </div>
          <div style={{ height: '14vh', flex: 'none' }}>
            <NextPoint point={state.next} language={state.hostLanguage} current={current} />
          </div>
        </>
      )}
    </main>
  );
}
