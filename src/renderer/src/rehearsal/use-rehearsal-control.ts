import { useState } from 'react';
import { notifyError } from '../app/notify';

/**
 * Runs one rehearsal control at a time: `busy` names the control under way, and a refusal of
 * the core is announced with the control's name.
 */
export function useRehearsalControl() {
  const [busy, setBusy] = useState<string | null>(null);
  const run = async (name: string, work: () => Promise<unknown>): Promise<void> => {
    setBusy(name);
    try {
      await work();
    } catch (error) {
      notifyError(error, (t) => t('rehearsal.run.controlFailed'));
    } finally {
      setBusy(null);
    }
  };
  return { busy, run };
}
