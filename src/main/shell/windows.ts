import { BrowserWindow } from 'electron';
import { pathToFileURL } from 'node:url';
import type { RendererLocation } from './renderer-location';

/** The kinds of window the app opens; the host view joins the console in a later issue. */
export type WindowRole = 'console';

const open = new Map<BrowserWindow, WindowRole>();

/** Every window the app has open, for pushing core events to each. */
export function openWindows(): BrowserWindow[] {
  return [...open.keys()].filter((window) => !window.isDestroyed());
}

export function pageUrl(location: RendererLocation): string {
  switch (location.kind) {
    case 'file':
      return pathToFileURL(location.indexFile).toString();
    case 'dev':
      return location.url.toString();
    default: {
      const unknownKind: never = location;
      throw new Error(`Unknown renderer location ${String(unknownKind)}`);
    }
  }
}

/** Opens the console: isolated, sandboxed, no Node in the page, only the preload's bridge. */
export function openConsoleWindow(location: RendererLocation, preloadFile: string): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Showdesk',
    width: 1360,
    height: 860,
    minWidth: 960,
    minHeight: 600,
    show: false,
    webPreferences: {
      preload: preloadFile,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
    },
  });
  open.set(window, 'console');
  window.on('closed', () => open.delete(window));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(pageUrl(location));
  return window;
}
