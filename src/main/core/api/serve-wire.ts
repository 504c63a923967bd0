import type { WirePort } from '../../../shared/api/wire-port';
import type { Core } from '../core';
import { answerInvoke } from './answer-invoke';

/**
 * Serves the console API's wire on one port (a window's MessagePort, a websocket): every frame
 * is an invoke answered by a result with the same id, and every core event is pushed to the port
 * until its other end is gone. The page on the port is one of the core's pages until then.
 */
export function serveWire(core: Core, port: WirePort): void {
  const page = core.presence.open();
  const stopEvents = core.events.listen((event, payload) => {
    port.post({ type: 'event', event, payload });
  });
  port.onClose(() => {
    stopEvents();
    core.presence.close(page);
  });
  port.listen((frame) => {
    void answerInvoke(core, frame, page).then((result) => port.post(result));
  });
}
