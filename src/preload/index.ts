import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  BRIDGE_GLOBAL,
  IPC_EVENT_CHANNEL,
  IPC_INVOKE_CHANNEL,
  type RawBridge,
} from '../shared/api/bridge';

/**
 * The whole of what the page gets from Electron: invoke a console API method, and subscribe to
 * one core event. ipcRenderer itself never crosses into the page.
 */
const bridge = {
  invoke: (method: string, input: unknown): Promise<unknown> =>
    ipcRenderer.invoke(IPC_INVOKE_CHANNEL, method, input),
  subscribe(event: string, listener: (payload: unknown) => void): () => void {
    const relay = (_sender: IpcRendererEvent, name: unknown, payload: unknown): void => {
      if (name === event) listener(payload);
    };
    ipcRenderer.on(IPC_EVENT_CHANNEL, relay);
    return () => {
      ipcRenderer.removeListener(IPC_EVENT_CHANNEL, relay);
    };
  },
} satisfies RawBridge;

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
