import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveSelect } from '../live-run/use-live';
import { isPaused } from '../live-run/logic/run-clock';
import { useRehearsalState } from './rehearsal-state-context';
import { useRunMode } from './use-run-mode';

/**
 * The window title (Electron shows document.title): the app name and the open show, prefixed
 * "[REHEARSAL]" while a rehearsal run is open ("[PAUSED REHEARSAL]" while it is paused). Screens that set a title of their own (the host
 * view) pass `own` true and keep it.
 */
export function useModeTitle(showName: string | undefined, own = false): void {
  const { t } = useTranslation();
  const mode = useRunMode();
  const runId = useLiveSelect((header) => header?.run.id ?? null);
  const { state: rehearsal } = useRehearsalState();
  const appName = t('app.name');
  const prefix = isPaused(runId, rehearsal)
    ? t('rehearsal.titlePaused')
    : mode === 'rehearsal'
      ? t('rehearsal.titlePrefix')
      : '';
  useEffect(() => {
    if (own) return;
    const parts = [prefix, showName ? `${showName} — ${appName}` : appName];
    document.title = parts.filter((part) => part !== '').join(' ');
  }, [prefix, showName, appName, own]);
}
