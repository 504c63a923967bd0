/**
 * The lineup's closed lists and names, without the schemas (lineup.ts builds its schemas from
 * these), so that the page can use them without loading zod.
 */

/** Currency codes the lineup accepts (ISO 4217). */
export const CURRENCIES = ['CNY', 'USD', 'EUR', 'THB', 'MYR', 'IDR', 'VND', 'PHP', 'JPY'] as const;

/** The languages of the UI, of a show's host and of its audience. */
export const LANGUAGES = ['en', 'zh-CN'] as const;

/**
 * The last element of an issue's path when `product.update` is refused because a run of the show
 * is open and the field is on the sale server (price, stock, currency, SKU): change it with the
 * live commands instead.
 */
export const LIVE_LOCKED_ISSUE = 'liveLocked';
