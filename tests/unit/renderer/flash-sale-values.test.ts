import { describe, expect, it } from 'vitest';
import {
  checkFlashSale,
  NEW_FLASH_SALE,
} from '../../../src/renderer/src/live-run/dialogs/logic/flash-sale-values';

const range = (min: number, max: string) => `${min}..${max}`;

describe('checkFlashSale', () => {
  it('makes the sale in minor units of the currency', () => {
    expect(checkFlashSale({ price: 59.9, unitCap: 10, seconds: 120 }, 'CNY', 'en', range)).toEqual({
      sale: { priceMinor: 5990, unitCap: 10, seconds: 120 },
      errors: null,
    });
    expect(
      checkFlashSale({ price: 1500, unitCap: 1, seconds: 1 }, 'JPY', 'en', range).sale,
    ).toEqual({ priceMinor: 1500, unitCap: 1, seconds: 1 });
  });

  it('refuses the empty new sale with the price and cap ranges', () => {
    expect(checkFlashSale(NEW_FLASH_SALE, 'CNY', 'en', range)).toEqual({
      sale: null,
      errors: { price: '0..1000000.00', unitCap: '1..100,000,000' },
    });
  });

  it('gives every field outside its range its error at once, in the UI language', () => {
    expect(
      checkFlashSale({ price: -1, unitCap: 2.5, seconds: 86_401 }, 'CNY', 'zh-CN', range).errors,
    ).toEqual({ price: '0..1000000.00', unitCap: '1..100,000,000', seconds: '1..86,400' });
    expect(
      checkFlashSale({ price: 1_000_000.01, unitCap: 100_000_001, seconds: 0 }, 'CNY', 'en', range)
        .errors,
    ).toEqual({ price: '0..1000000.00', unitCap: '1..100,000,000', seconds: '1..86,400' });
  });
});
