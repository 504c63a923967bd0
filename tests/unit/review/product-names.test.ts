import { describe, expect, it } from 'vitest';
import { productNamer, type NamingLineup } from '../../../src/shared/model/product-names';

const LINEUP: NamingLineup = {
  hostLanguage: 'en',
  audienceLanguage: 'zh-CN',
  products: [
    { sku: 'A', nameHost: 'Alpha durian', nameAudience: '阿尔法榴莲' },
    { sku: 'B', nameHost: 'Beta coconut', nameAudience: '贝塔椰子' },
  ],
};

describe('the review product names', () => {
  it('names products by their host-language names in the host language', () => {
    const nameOf = productNamer(LINEUP, 'en');
    expect(nameOf('A', '阿尔法榴莲')).toBe('Alpha durian');
    expect(nameOf('B', '贝塔椰子')).toBe('Beta coconut');
  });

  it('names products by their audience-language names in the audience language', () => {
    const nameOf = productNamer(LINEUP, 'zh-CN');
    expect(nameOf('A', 'whatever the server said')).toBe('阿尔法榴莲');
  });

  it('keeps the host-language names when both languages are the same', () => {
    const nameOf = productNamer({ ...LINEUP, audienceLanguage: 'en' }, 'en');
    expect(nameOf('A', '阿尔法榴莲')).toBe('Alpha durian');
  });

  it('follows the show: a Chinese host selling to an English audience', () => {
    const swapped: NamingLineup = {
      hostLanguage: 'zh-CN',
      audienceLanguage: 'en',
      products: [{ sku: 'A', nameHost: '阿尔法榴莲', nameAudience: 'Alpha durian' }],
    };
    expect(productNamer(swapped, 'en')('A', 'x')).toBe('Alpha durian');
    expect(productNamer(swapped, 'zh-CN')('A', 'x')).toBe('阿尔法榴莲');
  });

  it('falls back to the server name for a SKU not in the lineup, or without a lineup', () => {
    expect(productNamer(LINEUP, 'en')('GONE', 'Gone product')).toBe('Gone product');
    expect(productNamer(undefined, 'en')('A', '阿尔法榴莲')).toBe('阿尔法榴莲');
  });
});
