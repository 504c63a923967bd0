import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RecentEvent } from '../../../src/shared/model/recent';
import type { TimelineMarker } from '../../../src/shared/model/review';
import { logText } from '../../../src/renderer/src/live-console/logic/log-text';
import { markerText } from '../../../src/renderer/src/review/logic/marker-text';
import { formatMoney } from '../../../src/shared/format/money';
import { translators, type UiLanguage } from './translators';

let ui: Record<UiLanguage, TFunction>;

beforeAll(async () => {
  ui = await translators();
});
const PRODUCTS = new Map([['DUR', { name: 'Durian', currency: 'CNY' as const }]]);
const NAMES = {
  nameOf: (sku: string) => PRODUCTS.get(sku)?.name ?? sku,
  runKind: 'live' as const,
};

type Fact = RecentEvent extends infer E
  ? E extends unknown
    ? Omit<E, 'id' | 'at' | 'showMs'>
    : never
  : never;

/** The same event as a Recent events line and as a review marker, in one language. */
function both(language: UiLanguage, fact: Fact, marker: TimelineMarker): [string, string] {
  const t = ui[language];
  const line = { ...fact, id: 1, at: 0, showMs: null } as RecentEvent;
  const priced = {
    ...NAMES,
    language,
    priceOf: (_sku: string, minor: number) => formatMoney(minor, 'CNY', language),
  };
  return [logText(t, line, priced), markerText(t, language, marker, PRODUCTS, 'live')];
}

const mark = { at: 0, seq: 1 };

describe('one set of words for what happened on air', () => {
  it('says each event the same way in Recent events and in the review’s markers, in both languages', () => {
    for (const language of ['en', 'zh-CN'] as const) {
      const cases: [Fact, TimelineMarker][] = [
        [
          { kind: 'pin', sku: 'DUR' },
          { type: 'pin', ...mark, sku: 'DUR', until: null },
        ],
        [
          { kind: 'pin', sku: null },
          { type: 'unpin', ...mark },
        ],
        [
          { kind: 'show', state: 'ended' },
          { type: 'showState', ...mark, state: 'ended' },
        ],
        [
          { kind: 'price', sku: 'DUR', priceMinor: 19_900 },
          { type: 'price', ...mark, sku: 'DUR', priceMinor: 19_900 },
        ],
        [
          { kind: 'flashSale', sku: 'DUR', priceMinor: 19_900, unitCap: 50 },
          { type: 'flashSale', ...mark, sku: 'DUR', priceMinor: 19_900, unitCap: 50, endsAt: 9 },
        ],
        [
          { kind: 'flashSaleEnded', sku: 'DUR', sold: 50, reason: 'cap' },
          { type: 'flashSaleEnded', ...mark, sku: 'DUR', sold: 50, reason: 'cap' },
        ],
      ];
      for (const [fact, marker] of cases) {
        const [line, said] = both(language, fact, marker);
        expect(said, `${language} ${fact.kind}`).toBe(line);
      }
    }
  });

  it('gives the review what it knows besides: a restock’s units, why the link changed', () => {
    const t = ui.en;
    const names = { ...NAMES, language: 'en', priceOf: () => '' };
    expect(
      logText(t, { id: 1, at: 0, showMs: null, kind: 'restock', sku: 'DUR', stock: 120 }, names),
    ).toBe('Durian restocked: 120 in stock');
    expect(
      markerText(
        t,
        'en',
        { type: 'restock', ...mark, sku: 'DUR', units: 100, stock: 120 },
        PRODUCTS,
        'live',
      ),
    ).toBe('Durian restocked: +100, 120 in stock');
    expect(logText(t, { id: 1, at: 0, showMs: null, kind: 'link', state: 'stale' }, names)).toBe(
      'Sale server: Stale',
    );
    expect(
      markerText(
        t,
        'en',
        { type: 'linkDown', ...mark, state: 'reconnecting', reason: 'transport close' },
        PRODUCTS,
        'live',
      ),
    ).toBe('Sale server: Reconnecting (transport close)');
  });

  it('says why the link changed in the reader’s language when the log gave a note', () => {
    const reason = {
      code: 'dropped',
      params: {
        error: { code: 'disconnected', params: { reason: 'ping timeout' } },
        retryInMs: 250,
      },
    } as const;
    const down = { type: 'linkDown', ...mark, state: 'reconnecting', reason } as const;
    expect(markerText(ui['zh-CN'], 'zh-CN', down, PRODUCTS, 'rehearsal')).toBe(
      '销售服务器：正在重连（服务器心跳超时；0.2 秒后重试）',
    );
    expect(markerText(ui.en, 'en', down, PRODUCTS, 'rehearsal')).toBe(
      'Sale server: Reconnecting (no heartbeat from the server; retrying in 0.2 s)',
    );
  });

  it('says why a snapshot came in the reader’s language when the log gave a note', () => {
    const reason = { code: 'no_replay', params: { fromSeq: 1_500 } } as const;
    const snapshot = { type: 'snapshot', ...mark, reason } as const;
    expect(markerText(ui['zh-CN'], 'zh-CN', snapshot, PRODUCTS, 'live')).toBe(
      '服务器发来新的快照（事件 1,500 之后的重放未及时到达）',
    );
    expect(markerText(ui.en, 'en', snapshot, PRODUCTS, 'live')).toBe(
      'Fresh snapshot from the server (no replay after event 1,500 in time)',
    );
    const older = { type: 'snapshot', ...mark, reason: 'no replay after seq 1500' } as const;
    expect(markerText(ui['zh-CN'], 'zh-CN', older, PRODUCTS, 'live')).toBe(
      '服务器发来新的快照（no replay after seq 1500）',
    );
  });

  it('says why a message from the server was rejected in the reader’s language', () => {
    const params = { expected: 1_501, received: 1_503, fromSeq: 1_500 };
    const message = { code: 'gap', params } as const;
    const rejected = { type: 'protocolError', ...mark, reason: 'out_of_order', message } as const;
    expect(markerText(ui['zh-CN'], 'zh-CN', rejected, PRODUCTS, 'live')).toBe(
      '服务器消息被拒绝：应收到事件 1,501，却收到事件 1,503；从事件 1,500 之后重新接收',
    );
    expect(markerText(ui.en, 'en', rejected, PRODUCTS, 'live')).toBe(
      'Message from the server rejected: event 1,503 came when event 1,501 was next; resuming after event 1,500',
    );
    const older = { ...rejected, message: 'expected seq 1501, received 1503; resuming from 1500' };
    expect(markerText(ui['zh-CN'], 'zh-CN', older, PRODUCTS, 'live')).toBe(
      '服务器消息被拒绝：expected seq 1501, received 1503; resuming from 1500',
    );
  });

  it('says why a command was rejected from its code, not the server’s English message', () => {
    const rejected = {
      type: 'commandRejected',
      ...mark,
      kind: 'restock',
      code: 'sold_out',
      message: 'stock is 0',
    } as const;
    expect(markerText(ui['zh-CN'], 'zh-CN', rejected, PRODUCTS, 'live')).toBe(
      '补货被拒绝：该商品已售罄。',
    );
    expect(markerText(ui.en, 'en', rejected, PRODUCTS, 'live')).toBe(
      'Restock rejected: The product is sold out.',
    );
  });
});
