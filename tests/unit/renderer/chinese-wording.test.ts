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
const ENGLISH = new Map(texts(resources.en.translation));

/** A key without its plural ending: "csv.imported_one" and "csv.imported_other" say one thing. */
const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');
/** English said the same way: case, articles, plurals and an ellipsis aside. */
const sense = (text: string) =>
  text
    .toLowerCase()
    .replaceAll('\u00a0', ' ')
    .replaceAll('…', '')
    .replace(/\b(the|a|an|is|are)\b/g, ' ')
    .split(/\s+/)
    .filter((word) => word !== '')
    .map((word) => word.replace(/s$/, ''))
    .join(' ');
/**
 * Chinese texts that stand for one meaning the English says in more than one way: each listed
 * with what it means.
 */
const ONE_MEANING_SAID_TWO_WAYS = new Set([
  '关闭', // Close, dismiss (a question off the host view)
  '快捷键', // Hotkeys, Keys
  '当前没有讲解要点', // No talking point right now, No current talking point
  '下一条', // Next, next point
  '已直播', // On air, On air for (the clock)
  '进行中', // In progress (a run), Running (a rehearsal)
  '连接中断', // Link drops, Link down
  '观众', // Audience, Viewers
  '低库存提醒', // Low-stock alert at (the form's field), threshold (the field a core message names)
]);

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

  it('says two different things in two different ways: no two keys share a text but where their English means the same', () => {
    // "Go live…" and "Start show" both read "开始直播…"; "Show name" and "Run name" "场次名称".
    const keysOf = new Map<string, string[]>();
    for (const [key, text] of CHINESE) {
      const said = text.replace(/…$/, '');
      keysOf.set(said, [...(keysOf.get(said) ?? []), key]);
    }
    const clashes = [...keysOf]
      .filter(([said]) => !ONE_MEANING_SAID_TWO_WAYS.has(said))
      .map(([said, keys]) => {
        const english = new Set(
          keys.map((key) => `${base(key)}: ${sense(ENGLISH.get(key) ?? '')}`),
        );
        const meanings = new Set(keys.map((key) => sense(ENGLISH.get(key) ?? key)));
        const plurals = new Set(keys.map(base));
        return meanings.size > 1 && plurals.size > 1 ? `${said}: ${[...english].join(' | ')}` : '';
      })
      .filter((clash) => clash !== '');
    expect(clashes).toEqual([]);
  });

  it('calls a show 节目 or 直播 and a run 场次, never a show 场次 nor a run 运行', () => {
    const show = /\bshows?\b/i;
    const run = /\bruns?\b/i;
    const showsAsRuns = CHINESE.filter(([key, text]) => {
      const english = ENGLISH.get(key) ?? '';
      return show.test(english) && !run.test(english) && text.includes('场次');
    });
    expect(showsAsRuns).toEqual([]);
    // 运行 stays as the verb only: a rehearsal's clock "按彩排速度运行" (runs at its speed).
    const runsAsRunning = CHINESE.filter(([, text]) =>
      text.replaceAll('速度运行', '').includes('运行'),
    );
    expect(runsAsRunning).toEqual([]);
  });

  it('writes 前 and 后 right after a duration ("2.3 秒前", never "2.3 秒 前")', () => {
    expect(CHINESE.filter(([, text]) => /\}\} [前后]/.test(text))).toEqual([]);
  });

  it('keeps the host view’s stock figure on one line ("4,941 / 5,000" broke after the slash)', () => {
    const template = resources['zh-CN'].translation.host.stockOf;
    expect(template).toMatch(/\{\{stock\}\}\u00a0\/\u00a0\{\{total\}\}/);
  });
});
