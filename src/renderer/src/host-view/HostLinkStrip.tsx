import { useTranslation } from 'react-i18next';
import type { FreshnessKind } from '../live-run/use-freshness';

/**
 * A red strip across the host view while the figures are not current: the link is stale (with
 * the seconds since the server last said anything) or down.
 */
export function HostLinkStrip({
  kind,
  silentSeconds,
}: {
  kind: FreshnessKind;
  silentSeconds: number | null;
}) {
  const { t } = useTranslation();
  if (kind !== 'stale' && kind !== 'down') return null;
  return (
    <p
      role="alert"
      data-testid="host-link-strip"
      data-kind={kind}
      style={{
        margin: 0,
        flex: 'none',
        padding: '1vh 2vh',
        borderRadius: '0.8vh',
        background: '#c92a2a',
        color: '#ffffff',
        fontSize: '3.4vh',
        fontWeight: 800,
        textAlign: 'center',
      }}
    >
      {kind === 'stale' ? t('host.staleFor', { seconds: silentSeconds ?? 0 }) : t('host.linkDown')}
    </p>
  );
}
