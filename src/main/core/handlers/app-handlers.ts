import type { AppInfo } from '../../../shared/api/contract';
import { Language } from '../../../shared/model/lineup';
import type { Db } from '../store/database';
import { readSetting, writeSetting } from '../store/settings';
import type { HandlerContext, HandlerSlice } from './context';

const LANGUAGE_KEY = 'language';

function readLanguage(db: Db): Language {
  const parsed = Language.safeParse(readSetting(db, LANGUAGE_KEY));
  return parsed.success ? parsed.data : 'en';
}

function appInfo(context: HandlerContext): AppInfo {
  return {
    version: context.version,
    dataDir: context.dataDir,
    language: readLanguage(context.db),
    transport: context.transport,
  };
}

export function appHandlers(
  context: HandlerContext,
): HandlerSlice<'app.info' | 'settings.setLanguage'> {
  return {
    'app.info': () => appInfo(context),
    'settings.setLanguage': ({ language }) => {
      writeSetting(context.db, LANGUAGE_KEY, language);
      return appInfo(context);
    },
  };
}
