import type { Currency, Language } from '../../../shared/model/lineup';
import type { LiveValueName } from '../../../shared/model/onair';

/** The figures of one product that talking points may name (server-confirmed). */
export interface ValueFigures {
  currency: Currency;
  /** The price a viewer pays now (the flash price while a flash sale runs), minor units. */
  priceMinor: number;
  stock: number;
  sold: number;
  unitsPerSecond: number;
  sellOutSeconds: number | null;
}

/** Shown for a value the console does not know (no product, not on the server yet). */
export const UNKNOWN_VALUE = '—';

/** Prices are kept in hundredths of the major unit for every currency (59.90 is 5990). */
const MINOR_PER_MAJOR = 100;

interface Words {
  soldOut: string;
  seconds(count: string): string;
  minutes(count: string): string;
}

const words: Record<Language, Words> = {
  en: {
    soldOut: 'sold out',
    seconds: (count) => `about ${count} seconds`,
    minutes: (count) => `about ${count} minutes`,
  },
  'zh-CN': {
    soldOut: '已售罄',
    seconds: (count) => `约 ${count} 秒`,
    minutes: (count) => `约 ${count} 分钟`,
  },
};

function count(value: number, language: Language): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 0 }).format(value);
}

/** 23900 CNY is "¥239", 5990 is "¥59.90": the way a host reads a price out. */
export function formatPrice(priceMinor: number, currency: Currency, language: Language): string {
  return new Intl.NumberFormat(language, {
    style: 'currency',
    currency,
    currencyDisplay: 'narrowSymbol',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    trailingZeroDisplay: 'stripIfInteger',
  }).format(priceMinor / MINOR_PER_MAJOR);
}

/** "about 40 seconds", "about 3 minutes", "sold out"; the unknown mark while not selling. */
export function formatForecast(sellOutSeconds: number | null, language: Language): string {
  if (sellOutSeconds === null) return UNKNOWN_VALUE;
  const text = words[language];
  if (sellOutSeconds <= 0) return text.soldOut;
  if (sellOutSeconds < 90)
    return text.seconds(count(Math.max(1, Math.round(sellOutSeconds)), language));
  return text.minutes(count(Math.round(sellOutSeconds / 60), language));
}

/** Every live value of a product, written for `language`; all unknown without a product. */
export function liveValues(
  figures: ValueFigures | null,
  language: Language,
): Record<LiveValueName, string> {
  if (figures === null) {
    return {
      price: UNKNOWN_VALUE,
      left: UNKNOWN_VALUE,
      sold: UNKNOWN_VALUE,
      rate: UNKNOWN_VALUE,
      forecast: UNKNOWN_VALUE,
    };
  }
  return {
    price: formatPrice(figures.priceMinor, figures.currency, language),
    left: count(figures.stock, language),
    sold: count(figures.sold, language),
    rate: new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(
      figures.unitsPerSecond,
    ),
    forecast: formatForecast(figures.sellOutSeconds, language),
  };
}
