import { describe, expect, it } from 'vitest';
import { resources } from '../../../src/renderer/src/i18n/logic/resources';
import { reportText } from '../../../src/main/core/review/report-text';

/** Every text of a translation tree with its key. */
function texts(tree: unknown, path = ''): [string, string][] {
  if (typeof tree === 'string') return [[path, tree]];
  if (typeof tree !== 'object' || tree === null) return [];
  return Object.entries(tree).flatMap(([key, value]) =>
    texts(value, path ? `${path}.${key}` : key),
  );
}

const CHINESE = texts(resources['zh-CN'].translation);

describe('the Chinese UI’s wording', () => {
  it('calls a flash sale one thing everywhere (限时抢购, as its command), never 秒杀', () => {
    expect(CHINESE.filter(([, text]) => text.includes('秒杀'))).toEqual([]);
    const report = reportText('zh-CN');
    expect(report('markerFlashSale', { product: 'P', price: '1', cap: '2' })).toContain('限时抢购');
  });

  it('calls a talking point one thing everywhere (讲解要点, as the console and host view), never 话术', () => {
    expect(CHINESE.filter(([, text]) => text.includes('话术'))).toEqual([]);
    expect(reportText('zh-CN')('markerTalkingPoint', { text: 'T' })).toBe('讲解要点：T');
  });

  it('writes 前 and 后 right after a duration ("2.3 秒前", never "2.3 秒 前")', () => {
    expect(CHINESE.filter(([, text]) => /\}\} [前后]/.test(text))).toEqual([]);
  });

  it('keeps the host view’s stock figure on one line ("4,941 / 5,000" broke after the slash)', () => {
    const template = resources['zh-CN'].translation.host.stockOf;
    expect(template).toMatch(/\{\{stock\}\}\u00a0\/\u00a0\{\{total\}\}/);
  });
});
