import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OnAirState } from '../../../shared/model/onair';
import { ConnectionBadge } from '../app/ConnectionBadge';
import { showStateText } from '../live-run/logic/show-state-badge';
import { formatClock } from '../../../shared/format/durations';
import { formatCount } from '../../../shared/format/numbers';
import type { RunClockView } from '../live-run/logic/run-clock';
import { HOST_COLORS } from './logic/host-styles';
import { useLiveSelect } from '../live-run/use-live';

const badge = {
  margin: 0,
  padding: '0.6vh 1.4vh',
  borderRadius: '0.8vh',
  fontSize: '2.2vh',
  fontWeight: 700,
} as const;

/** The link badge (window to core) as large as the header's badges. */
const LINK_BADGE = {
  '--badge-height': '4vh',
  '--badge-fz': '2.2vh',
  '--badge-padding-x': '1.4vh',
  '--badge-radius': '0.8vh',
  '--badge-border-width': '0.2vh',
} as const;

/** The on-air clock, the show's name and state, the viewer count, and what to be wary of. */
export function HostHeader({
  state,
  clock,
  menu,
}: {
  state: OnAirState;
  clock: RunClockView;
  /** The display settings' button, at the header's end. */
  menu: ReactNode;
}) {
  const { t } = useTranslation();
  const onAir = state.showState === 'live' && state.runKind === 'live' && !clock.paused;
  return (
    <header style={{ display: 'flex', alignItems: 'center', gap: '2.4vh', padding: '0 0.4vh' }}>
      <div role="timer" aria-label={t(`host.clock.${clock.label}`)}>
        <p style={{ margin: 0, fontSize: '2vh', color: HOST_COLORS.label, fontWeight: 700 }}>
          {t(`host.clock.${clock.label}`)}
        </p>
        <p
          data-testid="host-clock"
          data-still={clock.still}
          style={{
            margin: 0,
            fontSize: '6vh',
            fontWeight: 800,
            fontVariantNumeric: 'tabular-nums',
            lineHeight: 1,
          }}
        >
          {formatClock(clock.ms)}
        </p>
      </div>
      <p
        data-testid="host-show-state"
        style={{
          ...badge,
          background: onAir ? '#c92a2a' : clock.paused ? '#ffa94d' : 'transparent',
          color: clock.paused ? '#000000' : undefined,
          border: onAir || clock.paused ? 'none' : `0.2vh solid ${HOST_COLORS.label}`,
        }}
      >
        {showStateText(t, state.showState, state.runKind, clock.paused)}
      </p>
      {state.runKind === 'rehearsal' && (
        <p style={{ ...badge, background: '#5f3dc4' }}>{t('host.rehearsal')}</p>
      )}
      <h1
        style={{
          margin: 0,
          flex: 1,
          minWidth: 0,
          fontSize: '3vh',
          fontWeight: 600,
          overflow: 'hidden',
          textOverflow: 'ellipsis',
          whiteSpace: 'nowrap',
        }}
      >
        {state.showName}
      </h1>
      <ConnectionBadge style={LINK_BADGE} />
      <HostViewers />
      {menu}
    </header>
  );
}

/** The viewer count, from the live header (it moves with the audience, not with what is on air). */
function HostViewers() {
  const { t, i18n } = useTranslation();
  const viewers = useLiveSelect((header) => header?.viewers ?? 0);
  return (
    <p data-testid="host-viewers" style={{ margin: 0, fontSize: '3vh', fontWeight: 700 }}>
      {t('host.viewers', { viewers: formatCount(viewers, i18n.language) })}
    </p>
  );
}
