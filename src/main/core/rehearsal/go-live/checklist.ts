import type {
  ChecklistItem,
  ChecklistItemId,
  ChecklistReason,
  GoLiveChecklist,
} from '../../../../shared/model/rehearsal';
import type { LineupProduct } from '../../../../shared/protocol';
import { checklistItem as item } from './checklist-text';
import { compareLineup } from './lineup-match';
import type { ProbeResult } from './server-probe';

const ORDER: readonly ChecklistItemId[] = [
  'server_reachable',
  'token_valid',
  'show_found',
  'lineup',
];

type NotChecked = Extract<ChecklistReason, { code: 'not_checked' }>['params']['because'];

/** Fills the items after the last one decided as skipped, because of `because`. */
function complete(items: ChecklistItem[], because: NotChecked): ChecklistItem[] {
  const done = new Set(items.map((entry) => entry.id));
  return [
    ...items,
    ...ORDER.filter((id) => !done.has(id)).map((id) =>
      item(id, 'skipped', { code: 'not_checked', params: { because } }),
    ),
  ];
}

/** The go-live checklist from one probe of the server and the show's lineup. */
export function checklistOf(
  probe: ProbeResult,
  lineup: readonly LineupProduct[],
  serverShowId: string,
): GoLiveChecklist {
  const items = checklistItems(probe, lineup, serverShowId);
  return {
    ok: items.every((entry) => entry.status === 'ok'),
    items,
    serverShowState: probe.type === 'welcome' ? probe.welcome.state : null,
  };
}

function checklistItems(
  probe: ProbeResult,
  lineup: readonly LineupProduct[],
  serverShowId: string,
): ChecklistItem[] {
  const reached = item('server_reachable', 'ok', { code: 'server_answered', params: {} });
  const tokenOk = item('token_valid', 'ok', { code: 'token_accepted', params: {} });
  switch (probe.type) {
    case 'unreachable':
      return complete(
        [
          item('server_reachable', 'failed', {
            code: 'server_unreachable',
            params: { reason: probe.reason },
          }),
        ],
        'unreachable',
      );
    case 'refused': {
      const { code, message } = probe.refusal;
      switch (code) {
        case 'bad_token':
        case 'invalid_handshake':
          return complete(
            [
              reached,
              item('token_valid', 'failed', { code: 'token_refused', params: { message } }),
            ],
            'token_refused',
          );
        case 'unknown_show':
          return complete(
            [
              reached,
              tokenOk,
              item('show_found', 'failed', { code: 'show_missing', params: { serverShowId } }),
            ],
            'show_missing',
          );
        case 'bad_version':
          return complete(
            [
              item('server_reachable', 'failed', {
                code: 'server_other_protocol',
                params: { message },
              }),
            ],
            'other_protocol',
          );
        default: {
          const unreachable: never = code;
          throw new Error(`unknown refusal ${String(unreachable)}`);
        }
      }
    }
    case 'welcome': {
      const { welcome } = probe;
      const show =
        welcome.state === 'ended'
          ? item('show_found', 'failed', { code: 'show_ended', params: { serverShowId } })
          : item('show_found', 'ok', {
              code: 'show_ready',
              params: { serverShowId, state: welcome.state },
            });
      return [reached, tokenOk, show, compareLineup(lineup, welcome.snapshot, welcome.state)];
    }
    default: {
      const unreachable: never = probe;
      throw new Error(`unknown probe result ${JSON.stringify(unreachable)}`);
    }
  }
}
