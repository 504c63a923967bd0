import { formatSpokenPrice } from '../format/money';
import { formatCount, formatDecimal } from '../format/numbers';
import type { Currency, Language } from '../model/lineup';
import type { LiveProduct } from '../model/live';
import type { LiveValueName } from '../model/placeholders';

/** The figures of one product that talking points may name (server-confirmed). */
export interface ValueFigures {
  currency: Currency;
  /** The price a viewer pays now (the flash price while a flash sale runs), minor units. */
  priceMinor: number;
  stock: number;
  sold: number;
  /** null while unknown (link down or stale). */
  unitsPerSecond: number | null;
  sellOutSeconds: number | null;
}

/** A product's figures as the server confirmed them; null without the product. */
export function figuresOf(product: LiveProduct | undefined): ValueFigures | null {
  if (!product) return null;
  return {
    currency: product.currency,
    priceMinor: product.flashSale?.priceMinor ?? product.priceMinor,
    stock: product.stock,
    sold: product.sold,
    unitsPerSecond: product.unitsPerSecond,
    sellOutSeconds: product.sellOutSeconds,
  };
}

/** Shown for a value the console does not know (no product, not on the server yet). */
export const UNKNOWN_VALUE = '—';

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

/** "about 40 seconds", "about 3 minutes", "sold out"; the unknown mark while not selling. */
export function formatForecast(sellOutSeconds: number | null, language: Language): string {
  if (sellOutSeconds === null) return UNKNOWN_VALUE;
  const text = words[language];
  if (sellOutSeconds <= 0) return text.soldOut;
  if (sellOutSeconds < 90)
    return text.seconds(formatCount(Math.max(1, Math.round(sellOutSeconds)), language));
  return text.minutes(formatCount(Math.round(sellOutSeconds / 60), language));
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
    price: formatSpokenPrice(figures.priceMinor, figures.currency, language),
    left: formatCount(figures.stock, language),
    sold: formatCount(figures.sold, language),
    rate:
      figures.unitsPerSecond === null
        ? UNKNOWN_VALUE
        : formatDecimal(figures.unitsPerSecond, language),
    forecast: formatForecast(figures.sellOutSeconds, language),
  };
}
