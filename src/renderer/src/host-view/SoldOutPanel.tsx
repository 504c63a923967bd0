import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/model/lineup';
import type { OnAirSoldOut } from '../../../shared/model/onair';
import { HOST_COLORS, panel, sectionLabel } from './logic/host-styles';

interface SoldOutPanelProps {
  soldOut: OnAirSoldOut;
  hostLanguage: Language;
  audienceLanguage: Language;
}

/**
 * In place of the current talking point while the pinned product is sold out: SOLD OUT in very
 * large type with the product, and what comes next (the armed cue or the next slot in stock), so
 * that no call to buy is read out for a product that is gone.
 */
export function SoldOutPanel({ soldOut, hostLanguage, audienceLanguage }: SoldOutPanelProps) {
  const { t } = useTranslation();
  const next = soldOut.next;
  return (
    <section
      aria-labelledby="host-sold-out-label"
      data-testid="host-sold-out"
      style={{
        ...panel,
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'center',
        gap: '2.4vh',
        border: '0.6vh solid #e03131',
      }}
    >
      <h2
        id="host-sold-out-label"
        style={{ margin: 0, fontSize: '14vh', fontWeight: 900, color: '#ff6b6b', lineHeight: 1 }}
      >
        {t('host.soldOut.title')}
      </h2>
      <p lang={hostLanguage} style={{ margin: 0, fontSize: '5vh', fontWeight: 700 }}>
        {soldOut.nameHost}
      </p>
      <p lang={audienceLanguage} style={{ margin: 0, fontSize: '3vh', color: HOST_COLORS.label }}>
        {soldOut.nameAudience}
      </p>
      <div>
        <p style={sectionLabel}>
          {next === null ? t('host.soldOut.nothingNext') : t(`host.soldOut.next.${next.source}`)}
        </p>
        {next !== null && (
          <p
            lang={hostLanguage}
            data-testid="host-sold-out-next"
            style={{ margin: 0, fontSize: '5vh', fontWeight: 800, color: HOST_COLORS.value }}
          >
            {next.nameHost}
          </p>
        )}
      </div>
    </section>
  );
}
