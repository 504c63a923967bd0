import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/model/lineup';
import type { OnAirPoint } from '../../../shared/model/onair';
import { useFilledPoint } from '../live-run/use-filled-point';
import { HOST_COLORS, panel, sectionLabel } from './logic/host-styles';
import { PointText } from './PointText';

/** The point after the current one, smaller, so the host sees what comes. */
export function NextPoint({
  point: shown,
  language,
  current,
}: {
  point: OnAirPoint | null;
  language: Language;
  /** false while the link is stale or down: live values are dimmed as not current. */
  current: boolean;
}) {
  const { t } = useTranslation();
  const point = useFilledPoint(shown, { host: language, audience: language });
  return (
    <section
      aria-labelledby="host-next-label"
      style={{ ...panel, display: 'flex', alignItems: 'center', gap: '2.4vh', height: '100%' }}
    >
      <h2 id="host-next-label" style={{ ...sectionLabel, flex: 'none' }}>
        {t('host.next')}
      </h2>
      {point === null || point.soldOut ? (
        <p data-testid="host-next" style={{ margin: 0, fontSize: '3vh', color: HOST_COLORS.label }}>
          {point === null ? t('host.noNext') : t('host.soldOut.skipNext')}
        </p>
      ) : (
        <div style={{ flex: 1, minWidth: 0, height: '100%', display: 'flex' }}>
          <PointText
            parts={point.partsHost}
            text={point.textHost}
            language={language}
            range={{ min: 0.026, max: 0.045 }}
            color={HOST_COLORS.text}
            weight={500}
            align="center"
            testId="host-next"
            current={current}
          />
        </div>
      )}
    </section>
  );
}
