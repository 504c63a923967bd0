import type { Language } from '../../../shared/model/lineup';
import type { CommandKind } from '../../../shared/model/live';
import type { RejectCode } from '../../../shared/protocol/commands';

/**
 * A command's name and a rejection's reason in the HTML report's language, in the words the
 * console says them (live.commands and live.reasons in src/renderer/src/i18n).
 */
const COMMAND_NAMES: Record<Language, Record<CommandKind, string>> = {
  en: {
    pin: 'Pin',
    unpin: 'Unpin',
    restock: 'Restock',
    setPrice: 'Set price',
    flashSale: 'Flash sale',
    startShow: 'Start show',
    endShow: 'End show',
    upsertLineup: 'Lineup upload',
    pinComment: 'Pin comment',
    hideComment: 'Hide comment',
    muteViewer: 'Mute viewer',
  },
  'zh-CN': {
    pin: '置顶',
    unpin: '取消置顶',
    restock: '补货',
    setPrice: '改价',
    flashSale: '限时抢购',
    startShow: '开始直播',
    endShow: '结束直播',
    upsertLineup: '上传排期',
    pinComment: '置顶评论',
    hideComment: '隐藏评论',
    muteViewer: '禁言观众',
  },
};

const REJECT_REASONS: Record<Language, Record<RejectCode, string>> = {
  en: {
    invalid: 'the server found the command not valid',
    unknown_sku: 'the sale server has no product with this SKU',
    show_ended: 'the show had ended',
    show_not_live: 'the show was not live yet',
    show_live: 'not possible once the show is live',
    sold_out: 'the product was sold out',
    flash_sale_active: 'a flash sale was already running on the product',
    stock_limit: 'more stock than the server allows',
    unknown_comment: 'the sale server no longer had that comment',
    internal: 'the server failed; nothing was applied',
  },
  'zh-CN': {
    invalid: '服务器认为该指令无效',
    unknown_sku: '销售服务器上没有该 SKU 的商品',
    show_ended: '直播已结束',
    show_not_live: '直播尚未开始',
    show_live: '直播开始后不能这样操作',
    sold_out: '该商品已售罄',
    flash_sale_active: '该商品已有限时抢购正在进行',
    stock_limit: '库存超出服务器允许的上限',
    unknown_comment: '销售服务器已没有这条评论',
    internal: '服务器出错，未执行任何操作',
  },
};

/** The command's name, or its kind as logged when it is not one this console knows. */
export function commandName(language: Language, kind: string): string {
  const names: Record<string, string> = COMMAND_NAMES[language];
  return Object.hasOwn(names, kind) ? names[kind] : kind;
}

/** Why the server rejected a command, or its code as logged when it is not a known one. */
export function rejectReason(language: Language, code: string): string {
  const reasons: Record<string, string> = REJECT_REASONS[language];
  return Object.hasOwn(reasons, code) ? reasons[code] : code;
}
