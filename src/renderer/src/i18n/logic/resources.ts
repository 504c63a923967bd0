import { CORE_TEXT_EN, type CoreTextCode } from '../../../../shared/api/core-text';
import en from '../en.json';
import zhCNJson from '../zh-CN.json';

/** The English texts: this file's, and the core's texts by code from their one table. */
const english = { ...en, coreText: CORE_TEXT_EN };
export type Translation = typeof en & { coreText: Record<CoreTextCode, string> };

/** Typed as the English texts so a key missing from the Chinese file fails the type check. */
const zhCN: Translation = zhCNJson;

export const resources = {
  en: { translation: english },
  'zh-CN': { translation: zhCN },
} as const;
