import { useEffect, useState } from 'react';
import type { CommandOutcome } from '../../../shared/model/live';
import { useApiEvent } from '../api/use-api-event';
import { useLiveSelect } from '../live-run/use-live';

/** How long the strip stays red after a rejected command. */
export const REJECTION_ALERT_MS = 10_000;

export interface StripAlert {
  /** The link is not connected (null with no run open). */
  linkDown: boolean;
  /** The last rejection, for a few seconds. */
  rejected: CommandOutcome | null;
}

/**
 * What turns the status strip red: the link to the sale server down, or a command the server
 * rejected in the last seconds. The strip says so itself, in red, for as long as it lasts; no
 * notification repeats a lost link, since one would cover the strip's alert and figures.
 */
export function useStripAlert(): StripAlert {
  const state = useLiveSelect((header) => header?.link.state ?? null);
  const [rejected, setRejected] = useState<CommandOutcome | null>(null);

  useApiEvent('command.outcome', (outcome) => {
    if (outcome.status === 'rejected' || outcome.original === 'rejected') setRejected(outcome);
  });

  useEffect(() => {
    if (rejected === null) return undefined;
    const timer = window.setTimeout(() => setRejected(null), REJECTION_ALERT_MS);
    return () => window.clearTimeout(timer);
  }, [rejected]);

  return { linkDown: state !== null && state !== 'connected', rejected };
}
