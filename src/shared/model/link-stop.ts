import type { LinkErrorReason } from './live';

/** Refusals that retrying cannot fix: the link stops until a person reconnects. */
const STOPPING_REFUSALS: ReadonlySet<string> = new Set([
  'bad_token',
  'bad_version',
  'unknown_show',
]);

/** Whether the link should stop (not retry) after this error. */
export function needsPerson(reason: LinkErrorReason): boolean {
  return (
    reason.code === 'server_behind' ||
    (reason.code === 'refused' && STOPPING_REFUSALS.has(reason.params.refusal))
  );
}
