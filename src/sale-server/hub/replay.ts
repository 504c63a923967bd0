import type { Socket } from 'socket.io';
import {
  PROTOCOL_VERSION,
  ServerMessage,
  type SnapshotMessage,
  type SnapshotRequired,
  type Welcome,
} from '../../shared/protocol';
import type { Ledger } from '../ledger/ledger';
import type { Show } from '../show/show';

/** How many logged events go into one replayed `events` message. */
const REPLAY_CHUNK = 1000;

/**
 * `now` is the server time (ms epoch) the message carries; `features` the additions agreed for
 * this connection (omitted when none, as a server without negotiation sends it).
 */
export function sendWelcome(socket: Socket, show: Show, now: number, features: string[]): void {
  const welcome: Welcome = {
    protocolVersion: PROTOCOL_VERSION,
    ...(features.length > 0 ? { features } : {}),
    ...show.snapshotMessage(now),
  };
  socket.emit(ServerMessage.welcome, welcome);
}

export function sendSnapshot(socket: Socket, show: Show, now: number): void {
  const message: SnapshotMessage = show.snapshotMessage(now);
  socket.emit(ServerMessage.snapshot, message);
}

/**
 * Replays every event after `fromSeq` in order, or, when the ledger no longer keeps them (or
 * `fromSeq` is past the show's last event), sends `snapshotRequired` and a fresh snapshot. The
 * caller has flushed the show's broadcast batch, so nothing committed is left unsent.
 */
export function sendResume(
  socket: Socket,
  show: Show,
  ledger: Ledger,
  fromSeq: number,
  now: number,
): void {
  const tooOld = fromSeq + 1 < show.oldestSeq && fromSeq < show.seq;
  if (tooOld || fromSeq > show.seq) {
    const required: SnapshotRequired = {
      fromSeq,
      oldestSeq: show.oldestSeq,
      latestSeq: show.seq,
      reason: tooOld ? 'too_old' : 'ahead',
    };
    socket.emit(ServerMessage.snapshotRequired, required);
    sendSnapshot(socket, show, now);
    return;
  }
  let after = fromSeq;
  while (after < show.seq) {
    const events = ledger.readEvents(show.showId, after, REPLAY_CHUNK);
    const last = events.at(-1);
    if (last === undefined) break;
    socket.emit(ServerMessage.events, { events });
    after = last.seq;
  }
}
