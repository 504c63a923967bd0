import type { Language } from '../../../shared/model/lineup';
import type { LinkLogState, ShowState } from '../../../shared/model/live';
import type { FlashSaleEndReason } from '../../../shared/model/recent';

/**
 * Every word of the HTML report, in English and Chinese (the same wording as the review screen's
 * texts in src/renderer/src/i18n; the events as `events.*` there says them). `{{name}}` is replaced by a parameter; a Chinese text missing
 * for a key fails the typecheck.
 */
const REPORT_TEXT_EN = {
  rehearsalBanner: 'REHEARSAL – a practice run against a simulated audience, not a live show',
  rehearsalTitle: 'REHEARSAL – {{heading}}',
  kindRehearsal: 'Rehearsal',
  kindLive: 'Live show',
  started: 'Started {{time}}',
  ended: 'Ended {{time}}',
  stillOpen: 'Still open',
  duration: 'Duration {{duration}}',
  showTimeNote:
    "Times are show time: the rehearsal's simulated clock from its start (0:00:00), which ran at the rehearsal's speed and stood still while it was paused. Durations and units per second are in show time too. Show time {{duration}}.",
  orders: 'Orders',
  unitsSold: 'Units sold',
  revenue: 'Revenue',
  linkDrops: 'Link drops',
  protocolErrors: 'Protocol errors',
  runLog: 'Run log',
  logComplete: 'Complete',
  logMissing: '{{count}} events missing',
  stockTitle: 'Stock over time',
  stockChart: 'Stock of each product over time',
  chartPinned: 'pinned {{sku}}',
  salesTitle: 'Units sold per {{bucket}}',
  salesChart: 'Units sold over time',
  minute: 'minute',
  minutes: '{{count}} minutes',
  resultsTitle: 'Results per product',
  colSku: 'SKU',
  colProduct: 'Product',
  colOpeningStock: 'Opening stock',
  colRestocked: 'Restocked',
  colUnitsSold: 'Units sold',
  colSellThrough: 'Sell-through',
  colRevenue: 'Revenue',
  colSoldOutAt: 'Sold out at',
  colPinToSoldOut: 'First pin to sold out',
  colPeak: 'Peak units/s',
  colPinnedTime: 'Pinned time',
  colSoldPinned: 'Sold pinned / not',
  colUnmet: 'Unmet demand: units (attempts)',
  revenueIncomplete:
    '* Some orders are missing from the run log (a snapshot replaced them); revenue counts the logged orders.',
  unmetTitle: 'Unmet demand: units refused per {{bucket}}',
  unmetChart: 'Units refused over time (sold out or over a flash-sale cap)',
  audienceTitle: 'Audience',
  audienceTotals:
    '{{comments}} comments, {{questions}} questions, {{blocked}} with blocked words; {{stored}} stored.',
  topQuestions: 'Most asked questions per product',
  noQuestions: 'No questions were asked.',
  colQuestion: 'Question',
  colAsked: 'Asked',
  colFirstAsked: 'First asked',
  hostSends: 'Sent to the host view',
  noHostSends: 'No question was sent to the host view.',
  colSentAt: 'Sent at',
  colViewer: 'Viewer',
  colShownFor: 'Shown for',
  stillShown: 'still shown',
  eventsTitle: 'What happened',
  colTime: 'Time',
  colEvent: 'Event',
  eventsOmitted: '{{count}} more events are in the run log export.',
  footer: 'Showdesk run {{id}} · generated {{time}} · {{clock}}',
  footerRehearsal: 'Showdesk run {{id}} (rehearsal) · generated {{time}} · {{clock}}',
  clockShow: 'times in show time',
  clockLocal: 'times in local time (UTC{{offset}})',
  markerPin: '{{product}} pinned',
  markerUnpin: 'Unpinned',
  markerTalkingPoint: 'Talking point: {{text}}',
  markerTalkingPointNone: 'No current talking point',
  markerPrice: '{{product}} now sells at {{price}}',
  markerRestock: '{{product}} restocked: +{{units}}, {{stock}} in stock',
  markerFlashSale: 'Flash sale on {{product}}: {{price}}, at most {{cap}} units',
  markerFlashSaleEndedTime: 'Flash sale on {{product}} ended: time up · {{sold}} sold',
  markerFlashSaleEndedCap: 'Flash sale on {{product}} ended: all {{sold}} units sold',
  markerFlashSaleEndedShow: 'Flash sale on {{product}} ended with the show · {{sold}} sold',
  markerShowState: 'Show: {{state}}',
  markerLink: 'Sale server: {{state}} ({{reason}})',
  markerProtocolError: 'Message from the server rejected: {{message}}',
  markerCommandRejected: '{{command}} rejected: {{code}}',
  markerCommandDropped: '{{command}} dropped at the end of the run, unanswered',
  markerSnapshot: 'Snapshot applied ({{reason}})',
  markerNote: 'Note: {{text}}',
  showPlanned: 'Not started',
  showLive: 'On air',
  showLiveRehearsal: 'On air (rehearsal)',
  showEnded: 'Ended',
  linkConnected: 'Connected',
  linkReconnecting: 'Reconnecting',
  linkOffline: 'Offline',
  linkStale: 'Stale',
} as const satisfies Record<string, string>;

export type ReportTextKey = keyof typeof REPORT_TEXT_EN;

const REPORT_TEXT_ZH: Record<ReportTextKey, string> = {
  rehearsalBanner: '彩排（REHEARSAL）——对模拟观众的练习场次，不是直播',
  rehearsalTitle: '彩排（REHEARSAL）– {{heading}}',
  kindRehearsal: '彩排',
  kindLive: '直播',
  started: '开始于 {{time}}',
  ended: '结束于 {{time}}',
  stillOpen: '仍在进行',
  duration: '时长 {{duration}}',
  showTimeNote:
    '时间为演出时间：彩排的模拟时钟，从开始（0:00:00）计时，按彩排速度运行，暂停时停止。时长和每秒件数也按演出时间计算。演出时间 {{duration}}。',
  orders: '订单数',
  unitsSold: '售出件数',
  revenue: '销售额',
  linkDrops: '连接中断',
  protocolErrors: '被拒绝的消息',
  runLog: '场次日志',
  logComplete: '完整',
  logMissing: '缺少 {{count}} 个事件',
  stockTitle: '库存随时间变化',
  stockChart: '各商品库存随时间变化',
  chartPinned: '置顶 {{sku}}',
  salesTitle: '每{{bucket}}售出件数',
  salesChart: '售出件数随时间变化',
  minute: '分钟',
  minutes: ' {{count}} 分钟',
  resultsTitle: '各商品结果',
  colSku: 'SKU',
  colProduct: '商品',
  colOpeningStock: '初始库存',
  colRestocked: '补货',
  colUnitsSold: '售出件数',
  colSellThrough: '售罄率',
  colRevenue: '销售额',
  colSoldOutAt: '售罄时间',
  colPinToSoldOut: '首次置顶到售罄',
  colPeak: '峰值 件/秒',
  colPinnedTime: '置顶时长',
  colSoldPinned: '置顶 / 未置顶时售出',
  colUnmet: '未满足需求：件数（次数）',
  revenueIncomplete: '* 部分订单不在场次日志中（被快照取代）；销售额只统计已记录的订单。',
  unmetTitle: '未满足需求：每{{bucket}}被拒件数',
  unmetChart: '被拒件数随时间变化（已售罄或超出限时特价限量）',
  audienceTitle: '观众',
  audienceTotals:
    '评论 {{comments}} 条，提问 {{questions}} 条，含屏蔽词 {{blocked}} 条；已保存 {{stored}} 条。',
  topQuestions: '各商品最常被问的问题',
  noQuestions: '没有观众提问。',
  colQuestion: '问题',
  colAsked: '次数',
  colFirstAsked: '首次提问',
  hostSends: '已发送到主播屏幕',
  noHostSends: '没有问题发送到主播屏幕。',
  colSentAt: '发送时间',
  colViewer: '观众',
  colShownFor: '显示时长',
  stillShown: '仍在显示',
  eventsTitle: '发生了什么',
  colTime: '时间',
  colEvent: '事件',
  eventsOmitted: '另有 {{count}} 个事件见场次日志导出。',
  footer: 'Showdesk 场次 {{id}} · 生成于 {{time}} · {{clock}}',
  footerRehearsal: 'Showdesk 场次 {{id}}（彩排）· 生成于 {{time}} · {{clock}}',
  clockShow: '时间为演出时间',
  clockLocal: '时间为本地时间（UTC{{offset}}）',
  markerPin: '已置顶 {{product}}',
  markerUnpin: '取消置顶',
  markerTalkingPoint: '讲解要点：{{text}}',
  markerTalkingPointNone: '当前没有讲解要点',
  markerPrice: '{{product}} 现价 {{price}}',
  markerRestock: '{{product}} 已补货：+{{units}}，库存 {{stock}} 件',
  markerFlashSale: '{{product}} 限时抢购：{{price}}，最多 {{cap}} 件',
  markerFlashSaleEndedTime: '{{product}} 限时抢购结束：时间到 · 已售 {{sold}} 件',
  markerFlashSaleEndedCap: '{{product}} 限时抢购结束：{{sold}} 件全部售出',
  markerFlashSaleEndedShow: '{{product}} 限时抢购随节目结束 · 已售 {{sold}} 件',
  markerShowState: '节目：{{state}}',
  markerLink: '销售服务器：{{state}}（{{reason}}）',
  markerProtocolError: '服务器消息被拒绝：{{message}}',
  markerCommandRejected: '{{command}}被拒绝：{{code}}',
  markerCommandDropped: '{{command}}在场次结束时被放弃（服务器未应答）',
  markerSnapshot: '已应用快照（{{reason}}）',
  markerNote: '备注：{{text}}',
  showPlanned: '未开始',
  showLive: '直播中',
  showLiveRehearsal: '直播中（彩排）',
  showEnded: '已结束',
  linkConnected: '已连接',
  linkReconnecting: '正在重连',
  linkOffline: '离线',
  linkStale: '数据停滞',
};

const TEXTS: Record<Language, Record<ReportTextKey, string>> = {
  en: REPORT_TEXT_EN,
  'zh-CN': REPORT_TEXT_ZH,
};

export type ReportText = (key: ReportTextKey, params?: Record<string, string | number>) => string;

/** The report's words in `language`, with `{{name}}` replaced by its parameter. */
export function reportText(language: Language): ReportText {
  const texts = TEXTS[language];
  return (key, params = {}) =>
    texts[key].replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
      Object.hasOwn(params, name) ? String(params[name]) : whole,
    );
}

const SHOW_STATE_KEY: Record<ShowState, ReportTextKey> = {
  planned: 'showPlanned',
  live: 'showLive',
  ended: 'showEnded',
};

const FLASH_SALE_ENDED_KEY: Record<FlashSaleEndReason, ReportTextKey> = {
  time: 'markerFlashSaleEndedTime',
  cap: 'markerFlashSaleEndedCap',
  show_ended: 'markerFlashSaleEndedShow',
};

const LINK_STATE_KEY: Record<LinkLogState, ReportTextKey> = {
  connected: 'linkConnected',
  reconnecting: 'linkReconnecting',
  offline: 'linkOffline',
  stale: 'linkStale',
};

/** The show's state as the console's badge says it (a rehearsal on air says so). */
export function showStateKey(state: ShowState, rehearsal: boolean): ReportTextKey {
  return rehearsal && state === 'live' ? 'showLiveRehearsal' : SHOW_STATE_KEY[state];
}

export function flashSaleEndedKey(reason: FlashSaleEndReason): ReportTextKey {
  return FLASH_SALE_ENDED_KEY[reason];
}

export function linkStateKey(state: LinkLogState): ReportTextKey {
  return LINK_STATE_KEY[state];
}
