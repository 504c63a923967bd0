import { describe, expect, it } from 'vitest';
import { ProductInput } from '../../../src/shared/model/lineup';
import { productIssueText } from '../../../src/renderer/src/lineup/logic/product-issue-text';

const PRODUCT = {
  sku: 'TH-RICE',
  nameHost: 'Jasmine rice',
  nameAudience: '茉莉香米',
  currency: 'CNY',
  openingStock: 10,
  lowStockThreshold: 1,
  imagePath: null,
} as const;

function priceIssue(priceMinor: number) {
  const issue = ProductInput.safeParse({ ...PRODUCT, priceMinor }).error?.issues[0];
  if (issue === undefined) throw new Error('the price passed');
  return issue;
}

describe('a product form’s price over the limit', () => {
  it('names the limit as money in the product’s currency, not in minor units', () => {
    expect(productIssueText(priceIssue(999_999_900), 'CNY', 'en')).toEqual({
      code: 'number_too_large',
      params: { max: '1,000,000.00\u00a0CNY' },
    });
    expect(productIssueText(priceIssue(999_999_999), 'JPY', 'zh-CN')).toEqual({
      code: 'number_too_large',
      params: { max: '100,000,000\u00a0JPY' },
    });
  });

  it('leaves every other issue to the lineup rules’ own text', () => {
    const issue = ProductInput.safeParse({ ...PRODUCT, sku: '', priceMinor: 100 }).error?.issues[0];
    expect(issue && productIssueText(issue, 'CNY', 'en')).toEqual({
      code: 'sku_empty',
      params: { min: 1 },
    });
  });
});
