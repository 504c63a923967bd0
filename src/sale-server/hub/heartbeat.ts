import type { Socket } from 'socket.io';
import { ServerMessage, type Heartbeat } from '../../shared/protocol';
import type { Show } from '../show/show';

/**
 * Sends `heartbeat` on one console connection every `intervalMs` until it closes (feature
 * `heartbeat`, docs/protocol.md section 4.5). The show's waiting batch is sent first, so `seq`
 * never names an event the console has not been sent.
 */
export function startHeartbeat(
  socket: Socket,
  show: Show,
  intervalMs: number,
  deps: { now: () => number; flush: (show: Show) => void },
): void {
  const timer = setInterval(() => {
    deps.flush(show);
    const beat: Heartbeat = { serverTime: deps.now(), seq: show.seq };
    socket.emit(ServerMessage.heartbeat, beat);
  }, intervalMs);
  socket.once('disconnect', () => clearInterval(timer));
}
