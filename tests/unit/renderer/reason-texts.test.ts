import type { TFunction } from 'i18next';
import { translators, type UiLanguage } from './translators';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LinkErrorReason } from '../../../src/shared/model/live';
import type { ChecklistItem, ChecklistReason } from '../../../src/shared/model/rehearsal';
import { checklistText as englishDetail } from '../../../src/main/core/rehearsal/go-live/checklist-text';
import { linkErrorText } from '../../../src/renderer/src/live-run/logic/link-error-text';
import { checklistText } from '../../../src/renderer/src/rehearsal/logic/checklist-text';

let translations: Record<UiLanguage, TFunction>;

beforeAll(async () => {
  translations = await translators();
});

const REASONS: ChecklistReason[] = [
  { code: 'server_answered', params: {} },
  { code: 'server_unreachable', params: { reason: 'ECONNREFUSED' } },
  { code: 'server_other_protocol', params: { message: 'version 2' } },
  { code: 'token_accepted', params: {} },
  { code: 'token_refused', params: { message: 'no' } },
  { code: 'show_ready', params: { serverShowId: 'tmall-618', state: 'planned' } },
  { code: 'show_ready', params: { serverShowId: 'tmall-618', state: 'live' } },
  { code: 'show_ended', params: { serverShowId: 'tmall-618' } },
  { code: 'show_missing', params: { serverShowId: 'tmall-618' } },
  { code: 'lineup_matches', params: { count: 4 } },
  { code: 'lineup_to_load', params: { count: 1 } },
  { code: 'lineup_empty', params: { state: 'live' } },
  { code: 'lineup_empty', params: { state: 'ended' } },
  {
    code: 'lineup_differs',
    params: {
      missing: { skus: ['A', 'B'], total: 7 },
      extra: { skus: ['C'], total: 1 },
      stock: [{ sku: 'D', lineup: 50, server: 40 }],
      stockTotal: 1,
    },
  },
  { code: 'not_checked', params: { because: 'unreachable' } },
  { code: 'not_checked', params: { because: 'other_protocol' } },
  { code: 'not_checked', params: { because: 'token_refused' } },
  { code: 'not_checked', params: { because: 'show_missing' } },
];

const LINK_ERRORS: LinkErrorReason[] = [
  { code: 'refused', params: { refusal: 'bad_token', message: 'no' } },
  { code: 'refused', params: { refusal: 'unknown_show', message: 'no' } },
  { code: 'refused', params: { refusal: 'bad_version', message: 'no' } },
  { code: 'refused', params: { refusal: 'invalid_handshake', message: 'no' } },
  { code: 'unreachable', params: { message: 'websocket error' } },
  { code: 'disconnected', params: { reason: 'transport close' } },
  { code: 'no_welcome', params: {} },
  { code: 'invalid_welcome', params: {} },
  { code: 'internal', params: { message: 'boom' } },
  { code: 'no_answer', params: { silentMs: 10_250 } },
  { code: 'no_snapshot', params: { waitedMs: 5_000 } },
];

function item(reason: ChecklistReason): ChecklistItem {
  return { id: 'lineup', status: 'failed', detail: englishDetail(reason), ...reason };
}

describe('reasons in the UI language', () => {
  it('says every checklist detail in English and Chinese from its code', () => {
    for (const reason of REASONS) {
      const english = checklistText(translations.en, item(reason), 'en');
      const chinese = checklistText(translations['zh-CN'], item(reason), 'zh-CN');
      expect(english).not.toMatch(/rehearsal\.goLive|\{\{/);
      expect(chinese).not.toMatch(/rehearsal\.goLive|\{\{/);
      expect(chinese).not.toBe(english);
    }
  });

  it('says the socket’s own words of an unreachable server in Chinese too', () => {
    const unreachable = item({ code: 'server_unreachable', params: { reason: 'websocket error' } });
    expect(checklistText(translations['zh-CN'], unreachable, 'zh-CN')).toBe(
      '无法连接销售服务器（WebSocket 错误）',
    );
  });

  it('lists SKUs with the count of the ones not named', () => {
    const differs = item(REASONS[13]);
    expect(checklistText(translations.en, differs, 'en')).toBe(
      'not on the server: A, B and 5 more; only on the server: C; stock differs: D (lineup 50, server 40)',
    );
    expect(checklistText(translations['zh-CN'], differs, 'zh-CN')).toBe(
      '服务器上没有：A、B 及另外 5 个；仅在服务器上：C；库存不一致：D（排期 50，服务器 40）',
    );
  });

  it('falls back to the core’s English text for a code it does not know', () => {
    const future = { ...item(REASONS[0]), code: 'future_check', detail: 'A newer check' };
    expect(checklistText(translations['zh-CN'], future as unknown as ChecklistItem, 'zh-CN')).toBe(
      'A newer check',
    );
  });

  it('says a link error of a code it does not know in general words, the core’s text a detail', () => {
    const unknown = { code: 'future_error', params: {} } as unknown as LinkErrorReason;
    expect(linkErrorText(translations['zh-CN'], unknown, 'refused: later', 'zh-CN')).toEqual({
      text: '与销售服务器的连接出错',
      detail: 'refused: later',
    });
    expect(linkErrorText(translations['zh-CN'], null, 'cannot connect: x', 'zh-CN')).toEqual({
      text: '与销售服务器的连接出错',
      detail: 'cannot connect: x',
    });
  });

  it('says every link error in English and Chinese from its code', () => {
    for (const reason of LINK_ERRORS) {
      const english = linkErrorText(translations.en, reason, 'fallback', 'en').text;
      const chinese = linkErrorText(translations['zh-CN'], reason, 'fallback', 'zh-CN').text;
      expect(english).not.toMatch(/live\.linkError|\{\{|^fallback$/);
      expect(chinese).not.toMatch(/live\.linkError|\{\{|^fallback$/);
      expect(chinese).not.toBe(english);
    }
    expect(
      linkErrorText(translations['zh-CN'], LINK_ERRORS[0], 'refused: bad_token: no', 'zh-CN'),
    ).toEqual({
      text: '服务器拒绝了直播令牌。连接已停止：请输入该直播当前的令牌后重新连接。',
      detail: null,
    });
    expect(
      linkErrorText(translations['zh-CN'], LINK_ERRORS.at(-1) ?? null, 'fallback', 'zh-CN').text,
    ).toBe('服务器 5 秒内未发送快照；正在重新连接');
  });

  it('says socket.io’s and engine.io’s errors in the UI language, their own words a detail', () => {
    const unreachable = (message: string): LinkErrorReason => ({
      code: 'unreachable',
      params: { message },
    });
    const dropped = (reason: string): LinkErrorReason => ({
      code: 'disconnected',
      params: { reason },
    });
    const zh = (reason: LinkErrorReason) =>
      linkErrorText(translations['zh-CN'], reason, 'fallback', 'zh-CN');
    const en = (reason: LinkErrorReason) =>
      linkErrorText(translations.en, reason, 'fallback', 'en');
    expect(zh(unreachable('xhr poll error'))).toEqual({
      text: '无法连接服务器（HTTP 轮询错误）',
      detail: 'xhr poll error',
    });
    expect(zh(unreachable('websocket error')).text).toBe('无法连接服务器（WebSocket 错误）');
    expect(zh(unreachable('timeout')).text).toBe('无法连接服务器（未及时应答）');
    expect(zh(unreachable('server error')).text).toBe('无法连接服务器（服务器拒绝了连接握手）');
    expect(zh(dropped('transport close')).text).toBe('连接已断开（连接被关闭）');
    expect(zh(dropped('ping timeout')).text).toBe('连接已断开（服务器心跳超时）');
    expect(en(unreachable('xhr poll error'))).toEqual({
      text: 'Cannot reach the server (an HTTP polling error)',
      detail: 'xhr poll error',
    });
    // Words socket.io does not name stay out of the sentence: only a detail.
    expect(zh(unreachable('getaddrinfo ENOTFOUND sale.example'))).toEqual({
      text: '无法连接服务器',
      detail: 'getaddrinfo ENOTFOUND sale.example',
    });
    expect(zh(dropped('some future reason'))).toEqual({
      text: '连接已断开',
      detail: 'some future reason',
    });
    expect(zh({ code: 'internal', params: { message: 'boom' } })).toEqual({
      text: '控制台出错',
      detail: 'boom',
    });
  });
});
