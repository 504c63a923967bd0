import { useCallback, useEffect, useState } from 'react';
import type { GoLiveChecklist } from '../../../shared/model/rehearsal';
import { useApi } from '../api/api-context';
import type { GoLiveTarget } from './logic/go-live-target';

export interface ChecklistRun {
  checklist: GoLiveChecklist | null;
  error: unknown;
  checking: boolean;
  /** Runs the checks again. */
  recheck: () => void;
}

/** Runs `live.checklist` for the target at once, and again on request. */
export function useChecklist(target: GoLiveTarget): ChecklistRun {
  const api = useApi();
  const [round, setRound] = useState(0);
  const [result, setResult] = useState<{
    round: number;
    checklist: GoLiveChecklist | null;
    error: unknown;
  }>({ round: -1, checklist: null, error: null });
  const key = JSON.stringify(target);

  useEffect(() => {
    let current = true;
    const input = JSON.parse(key) as GoLiveTarget;
    api.invoke('live.checklist', input).then(
      (checklist) => {
        if (current) setResult({ round, checklist, error: null });
      },
      (error: unknown) => {
        if (current) setResult({ round, checklist: null, error });
      },
    );
    return () => {
      current = false;
    };
  }, [api, key, round]);

  const recheck = useCallback(() => setRound((value) => value + 1), []);
  const fresh = result.round === round;
  return {
    checklist: fresh ? result.checklist : null,
    error: fresh ? result.error : null,
    checking: !fresh,
    recheck,
  };
}
