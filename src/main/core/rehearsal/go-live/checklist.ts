import type {
  ChecklistItem,
  ChecklistItemId,
  GoLiveChecklist,
} from '../../../../shared/model/rehearsal';
import type { LineupProduct } from '../../../../shared/protocol';
import { compareLineup } from './lineup-match';
import type { ProbeResult } from './server-probe';

const ORDER: readonly ChecklistItemId[] = [
  'server_reachable',
  'token_valid',
  'show_found',
  'lineup',
];

function item(id: ChecklistItemId, status: ChecklistItem['status'], detail: string): ChecklistItem {
  return { id, status, detail };
}

/** Fills the items after the last one decided as skipped. */
function complete(items: ChecklistItem[], reason: string): ChecklistItem[] {
  const done = new Set(items.map((entry) => entry.id));
  return [
    ...items,
    ...ORDER.filter((id) => !done.has(id)).map((id) => item(id, 'skipped', reason)),
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
  switch (probe.type) {
    case 'unreachable':
      return complete(
        [item('server_reachable', 'failed', `The sale server cannot be reached: ${probe.reason}`)],
        'Not checked: the server could not be reached',
      );
    case 'refused': {
      const reached = item('server_reachable', 'ok', 'The sale server answered');
      const { code, message } = probe.refusal;
      switch (code) {
        case 'bad_token':
        case 'invalid_handshake':
          return complete(
            [reached, item('token_valid', 'failed', `The server refused the token: ${message}`)],
            'Not checked: the token was refused',
          );
        case 'unknown_show':
          return complete(
            [
              reached,
              item('token_valid', 'ok', 'The server accepted the token'),
              item('show_found', 'failed', `The server hosts no show ${serverShowId}`),
            ],
            'Not checked: the show was not found',
          );
        case 'bad_version':
          return complete(
            [item('server_reachable', 'failed', `The server speaks another protocol: ${message}`)],
            'Not checked: the server speaks another protocol version',
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
          ? item('show_found', 'failed', `The show ${serverShowId} has already ended on the server`)
          : item('show_found', 'ok', `The show ${serverShowId} is ${welcome.state} on the server`);
      return [
        item('server_reachable', 'ok', 'The sale server answered'),
        item('token_valid', 'ok', 'The server accepted the token'),
        show,
        compareLineup(lineup, welcome.snapshot, welcome.state),
      ];
    }
    default: {
      const unreachable: never = probe;
      throw new Error(`unknown probe result ${JSON.stringify(unreachable)}`);
    }
  }
}
