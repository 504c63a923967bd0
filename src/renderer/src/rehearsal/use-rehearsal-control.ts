import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyError } from '../app/logic/notify';

/**
 * Runs one rehearsal control at a time: `busy` names the control under way, and a refusal of
 * the core is announced with the control's name.
 */
export function useRehearsalControl() {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<string | null>(null);
  const run = async (name: string, work: () => Promise<unknown>): Promise<void> => {
    setBusy(name);
    try {
      await work();
    } catch (error) {
      notifyError(t, error, t('rehearsal.run.controlFailed'));
    } finally {
      setBusy(null);
    }
  };
  return { busy, run };
}
