import { IPC_CORE_STOPPED_CHANNEL, IPC_PORT_CHANNEL } from '../../shared/api/bridge';
import type { PortWindow, WindowPorts } from './window-ports';

/** The parts of Electron's WebContents that carry a window's port. */
export interface PortSender<Port> {
  id: number;
  isDestroyed(): boolean;
  postMessage(channel: string, message: unknown, transfer: Port[]): void;
  send(channel: string, ...args: unknown[]): void;
}

/** The parts of Electron's IpcMainEvent a port request is judged by. */
export interface PortRequest<Port> {
  senderFrame: { url: string; parent: unknown } | null;
  sender: PortSender<Port>;
}

function portWindow<Port>(sender: PortSender<Port>): PortWindow<Port> {
  return {
    isDestroyed: () => sender.isDestroyed(),
    givePort: (port) => sender.postMessage(IPC_PORT_CHANNEL, null, [port]),
    tellCoreStopped: () => sender.send(IPC_CORE_STOPPED_CHANNEL),
  };
}

/**
 * Answers a preload's request for its port to the core: only the console page's own top frame
 * gets one; a foreign page or a frame inside the console gets nothing and so cannot call the core.
 */
export function answerPortRequest<Port>(
  request: PortRequest<Port>,
  ports: WindowPorts<Port>,
  isTrustedPage: (url: string) => boolean,
): void {
  const frame = request.senderFrame;
  if (frame === null || frame.parent !== null || !isTrustedPage(frame.url)) return;
  void ports.connect(request.sender.id, portWindow(request.sender));
}
