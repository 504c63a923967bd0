import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/model/lineup';
import type { OnAirProduct, OnAirSoldOut } from '../../../shared/model/onair';
import type { RehearsalState } from '../../../shared/model/rehearsal';
import { countdownText } from '../live-run/logic/countdown-text';
import { formatSpokenPrice } from '../../../shared/format/money';
import { formatCount, formatDecimal } from '../../../shared/format/numbers';
import { FigurePhrases } from '../components/FigurePhrases';
import { clauseLines } from '../components/logic/clause-lines';
import { forecastText } from '../live-run/logic/forecast-text';
import { HOST_COLORS, NOT_CURRENT_OPACITY, panel, sectionLabel } from './logic/host-styles';
import { StockGauge } from './StockGauge';
import { useFitText } from './use-fit-text';
import { withLiveFigures, type PinnedFigures } from './logic/pinned-figures';
import { useLiveProduct } from '../live-run/use-live';

/** The product's name takes the room the figures leave, between these sizes (of the height). */
const NAME_RANGE = { min: 0.016, max: 0.048 };

/**
 * The figures' unit (their 1em, of the height): 1% of it, less only where the panel is too short
 * for them even with the names at their smallest (a banner above it, a long forecast).
 */
const FIGURES_RANGE = { min: 0.006, max: 0.01 };

interface PinnedProductProps {
  product: OnAirProduct | null;
  hostLanguage: Language;
  audienceLanguage: Language;
  now: number;
  /** The open run's rehearsal, whose countdowns are in show time; null for a live run. */
  rehearsal: RehearsalState | null;
  /** The pinned product's sell-out with what comes next, or null while it sells. */
  soldOut: OnAirSoldOut | null;
  /** false while the link is stale or down: the figures are dimmed as not current. */
  current: boolean;
}

/**
 * The pinned product: names, the price now, stock and forecast, a flash sale's countdown, its
 * figures from the live row the talking points are filled from. The names shrink (down to a
 * readable floor) to fit the room the figures leave; where even that is not enough, the figures
 * shrink too, so the flash sale's countdown and units are never cut off and nothing needs
 * scrolling.
 */
export function PinnedProduct({
  product: pinned,
  hostLanguage,
  audienceLanguage,
  now,
  rehearsal,
  soldOut,
  current,
}: PinnedProductProps) {
  const { t, i18n } = useTranslation();
  const live = useLiveProduct(pinned?.sku ?? null);
  const product = pinned === null ? null : withLiveFigures(pinned, live);
  const forecast = product === null ? '' : forecastText(t, product, 'host.forecast', i18n.language);
  const rate =
    product === null ? '' : rateLine(t, product, soldOut, rehearsal !== null, i18n.language);
  // What changes the figures' height: not each second of a countdown, but a line that grows.
  const figuresShape =
    product === null
      ? ''
      : [
          product.sku,
          formatCount(product.stock, i18n.language).length,
          forecast.length,
          rate.length,
          product.flashSale !== null,
          product.pinnedUntil !== null,
        ].join('|');
  const { boxRef, textRef } = useFitText<HTMLElement, HTMLDivElement>(
    figuresShape,
    FIGURES_RANGE,
    'box',
  );
  return (
    <section
      ref={boxRef}
      aria-labelledby="host-pinned-label"
      style={{
        ...panel,
        display: 'flex',
        flexDirection: 'column',
        gap: '1.2vh',
        overflow: 'hidden',
        opacity: current ? 1 : NOT_CURRENT_OPACITY,
      }}
      data-current={current}
    >
      <h2 id="host-pinned-label" style={sectionLabel}>
        {t('host.pinned')}
      </h2>
      {pinned === null ? (
        <p
          data-testid="host-pinned-name"
          style={{ margin: 0, fontSize: '3.6vh', color: HOST_COLORS.label }}
        >
          {t('host.nothingPinned')}
        </p>
      ) : (
        <PinnedNames
          nameHost={pinned.nameHost}
          nameAudience={pinned.nameAudience}
          hostLanguage={hostLanguage}
          audienceLanguage={audienceLanguage}
        />
      )}
      {product !== null && (
        <div
          ref={textRef}
          style={{ display: 'flex', flexDirection: 'column', gap: '1.2em', flex: '0 0 auto' }}
        >
          <p
            data-testid="host-price"
            style={{ margin: 0, fontSize: '5.2em', fontWeight: 800, color: HOST_COLORS.value }}
          >
            {formatSpokenPrice(product.priceMinor, product.currency, i18n.language)}
          </p>
          <StockGauge product={product} />
          <div>
            <p
              data-testid="host-forecast"
              style={{ ...clauseLines, margin: 0, fontSize: '3.4em', fontWeight: 600 }}
            >
              <FigurePhrases text={forecast} />
            </p>
            <p
              data-testid="host-rate"
              style={{ ...clauseLines, margin: 0, fontSize: '2.6em', color: HOST_COLORS.label }}
            >
              <FigurePhrases text={rate} />
            </p>
          </div>
          {product.flashSale !== null && (
            <div
              data-testid="host-flash-sale"
              role="timer"
              aria-label={t('host.flashSale.label')}
              style={{
                border: `0.4em solid ${HOST_COLORS.value}`,
                borderRadius: '1em',
                padding: '1.2em 1.6em',
              }}
            >
              <p style={{ ...sectionLabel, fontSize: '2.2em', color: HOST_COLORS.value }}>
                {t('host.flashSale.label')}
              </p>
              <p
                style={{
                  margin: 0,
                  fontSize: '6em',
                  fontWeight: 800,
                  fontVariantNumeric: 'tabular-nums',
                }}
              >
                {countdownText(product.flashSale.endsAt, now, rehearsal)}
              </p>
              <p style={{ margin: 0, fontSize: '2.6em', color: HOST_COLORS.label }}>
                <FigurePhrases
                  text={t('host.flashSale.sold', {
                    sold: formatCount(product.flashSale.sold, i18n.language),
                    cap: formatCount(product.flashSale.unitCap, i18n.language),
                  })}
                />
              </p>
            </div>
          )}
          {product.pinnedUntil !== null && (
            <p style={{ margin: 0, fontSize: '2.6em', color: HOST_COLORS.label }}>
              {t('host.pinnedFor', {
                time: countdownText(product.pinnedUntil, now, rehearsal),
              })}
            </p>
          )}
        </div>
      )}
    </section>
  );
}

/**
 * Under the forecast: the units sold per second (of show time in a rehearsal), or, once the
 * product is sold out, what comes next (a rate of 0 under "Sold out" says nothing the host can
 * use).
 */
function rateLine(
  t: TFunction,
  product: PinnedFigures,
  soldOut: OnAirSoldOut | null,
  showTime: boolean,
  language: string,
): string {
  if (soldOut !== null && soldOut.sku === product.sku) {
    return soldOut.next === null
      ? t('host.soldOut.nothingNext')
      : t('host.soldOut.nextNamed', { name: soldOut.next.nameHost });
  }
  if (product.unitsPerSecond === null) return t('host.rateUnknown');
  return t(showTime ? 'host.rateShowTime' : 'host.rate', {
    rate: formatDecimal(product.unitsPerSecond, language),
  });
}

/** Both names of the pinned product, as large as the room left allows; the audience's smaller. */
function PinnedNames({
  nameHost,
  nameAudience,
  hostLanguage,
  audienceLanguage,
}: {
  nameHost: string;
  nameAudience: string;
  hostLanguage: Language;
  audienceLanguage: Language;
}) {
  const { boxRef, textRef } = useFitText<HTMLDivElement, HTMLDivElement>(
    `${nameHost}\n${nameAudience}`,
    NAME_RANGE,
  );
  return (
    <div ref={boxRef} style={{ flex: '1 1 0', minHeight: '6vh', overflow: 'hidden' }}>
      <div
        ref={textRef}
        title={`${nameHost}\n${nameAudience}`}
        style={{ overflowWrap: 'anywhere' }}
      >
        <p
          lang={hostLanguage}
          data-testid="host-pinned-name"
          style={{ margin: 0, fontSize: '1em', fontWeight: 700, lineHeight: 1.15 }}
        >
          {nameHost}
        </p>
        <p
          lang={audienceLanguage}
          style={{
            margin: 0,
            // Smaller than the host's name, but never below a size read from a step back.
            fontSize: 'max(0.65em, 1.8vh)',
            color: HOST_COLORS.label,
            whiteSpace: 'nowrap',
            overflow: 'hidden',
            textOverflow: 'ellipsis',
          }}
        >
          {nameAudience}
        </p>
      </div>
    </div>
  );
}
