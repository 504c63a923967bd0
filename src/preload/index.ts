import { contextBridge, ipcRenderer } from 'electron';
import {
  BRIDGE_GLOBAL,
  IPC_CORE_STOPPED_CHANNEL,
  IPC_PORT_CHANNEL,
  IPC_PORT_REQUEST_CHANNEL,
  type RawBridge,
} from '../shared/api/bridge';
import { isApiEventName } from '../shared/api/contract';
import { WireClient } from '../shared/api/wire-client';
import type { WirePort } from '../shared/api/wire-port';

/**
 * The part of the page's MessagePort (the DOM's, which this file's Node type library does not
 * describe) that the preload uses.
 */
interface PagePort {
  postMessage(message: unknown): void;
  onmessage: ((event: { data: unknown }) => void) | null;
  addEventListener(type: 'close', listener: () => void): void;
  close(): void;
}

/** The window's MessagePort to the core's process as a port of the console API's wire. */
function messagePort(port: PagePort): WirePort {
  return {
    post: (frame) => port.postMessage(frame),
    listen: (listener) => {
      port.onmessage = (message) => listener(message.data);
    },
    onClose: (listener) => port.addEventListener('close', listener),
    close: () => port.close(),
  };
}

/**
 * The window talks to the core's process over its own MessagePort, which the shell transfers at
 * each page load and again after the core restarted; no call or event passes through the shell.
 */
const client = new WireClient();
ipcRenderer.on(IPC_PORT_CHANNEL, (event) => {
  const [port] = event.ports as unknown as readonly PagePort[];
  if (port !== undefined) client.attach(messagePort(port));
});
ipcRenderer.on(IPC_CORE_STOPPED_CHANNEL, () => client.detach());
ipcRenderer.send(IPC_PORT_REQUEST_CHANNEL);

/** The whole of what the page gets from Electron; ipcRenderer and the port never cross. */
const bridge = {
  invoke: (method: string, input: unknown): Promise<unknown> => client.invoke(method, input),
  subscribe: (event: string, listener: (payload: unknown) => void): (() => void) =>
    isApiEventName(event) ? client.subscribe(event, listener) : () => undefined,
  status: () => client.status,
  onStatus: (listener) => client.onStatus(listener),
} satisfies RawBridge;

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
