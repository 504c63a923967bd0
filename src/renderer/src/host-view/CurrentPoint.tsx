import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/model/lineup';
import type { OnAirPoint } from '../../../shared/model/onair';
import { useFilledPoint } from '../live-run/use-filled-point';
import { HOST_COLORS, panel, sectionLabel } from './logic/host-styles';
import { PointText } from './PointText';

interface CurrentPointProps {
  point: OnAirPoint | null;
  /** The host's text size: 1 is the size that fits; the talking point's range scales with it. */
  textScale: number;
  hostLanguage: Language;
  audienceLanguage: Language;
  /** false while the link is stale or down: live values are dimmed as not current. */
  current: boolean;
}

/**
 * The current talking point in very large type, the audience language beneath; its live values
 * come from the live row the pinned product's figures read, and a point whose product that row
 * says is sold out is not shown.
 */
export function CurrentPoint({
  point: shown,
  textScale,
  hostLanguage,
  audienceLanguage,
  current,
}: CurrentPointProps) {
  const { t } = useTranslation();
  const point = useFilledPoint(shown, { host: hostLanguage, audience: audienceLanguage });
  return (
    <section
      aria-labelledby="host-current-label"
      style={{ ...panel, display: 'flex', flexDirection: 'column', gap: '1.5vh' }}
    >
      <h2 id="host-current-label" style={sectionLabel}>
        {t('host.current')}
      </h2>
      {point === null || point.soldOut ? (
        <p
          data-testid="host-current"
          style={{ margin: 0, fontSize: '5.2vh', color: HOST_COLORS.label }}
        >
          {point === null ? t('host.noPoint') : t('host.soldOut.skipPoint')}
        </p>
      ) : (
        <>
          <div style={{ flex: 3, minHeight: 0, display: 'flex' }} aria-live="polite">
            <PointText
              parts={point.partsHost}
              text={point.textHost}
              language={hostLanguage}
              range={{ min: 0.052 * textScale, max: 0.14 * textScale }}
              color={HOST_COLORS.text}
              weight={700}
              align="end"
              testId="host-current"
              current={current}
            />
          </div>
          {point.textAudience !== '' && (
            <div style={{ flex: 1, minHeight: 0, display: 'flex' }}>
              <PointText
                parts={point.partsAudience}
                text={point.textAudience}
                language={audienceLanguage}
                range={{ min: 0.026 * textScale, max: 0.05 * textScale }}
                color={HOST_COLORS.label}
                weight={500}
                align="start"
                testId="host-current-audience"
                current={current}
              />
            </div>
          )}
        </>
      )}
    </section>
  );
}
