import { BrowserWindow } from 'electron';
import { pathToFileURL } from 'node:url';
import { HOST_VIEW_HASH } from '../../shared/model/host-view-route';
import type { RendererLocation } from './renderer-location';

/** The kinds of window the app opens: the producer's console and the host view. */
export type WindowRole = 'console' | 'host';

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

/** The console page at the host view's route. */
export function hostViewUrl(location: RendererLocation): string {
  const url = new URL(pageUrl(location));
  url.hash = HOST_VIEW_HASH;
  return url.toString();
}

/** Every window of the app: isolated, sandboxed, no Node in the page, only the preload's bridge. */
function webPreferences(preloadFile: string) {
  return {
    preload: preloadFile,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    webSecurity: true,
    webviewTag: false,
    spellcheck: false,
  };
}

function track(window: BrowserWindow, role: WindowRole, url: string): BrowserWindow {
  open.set(window, role);
  window.on('closed', () => open.delete(window));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(url);
  return window;
}

/** Opens the console. */
export function openConsoleWindow(location: RendererLocation, preloadFile: string): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Showdesk',
    width: 1360,
    height: 860,
    minWidth: 960,
    minHeight: 600,
    show: false,
    webPreferences: webPreferences(preloadFile),
  });
  return track(window, 'console', pageUrl(location));
}

/**
 * Opens the host view in a window of its own (for a second screen), with the same security as
 * the console; when one is open already, brings it to the front instead.
 */
export function openHostViewWindow(location: RendererLocation, preloadFile: string): BrowserWindow {
  const existing = openWindows().find((window) => open.get(window) === 'host');
  if (existing !== undefined) {
    if (existing.isMinimized()) existing.restore();
    existing.focus();
    return existing;
  }
  const window = new BrowserWindow({
    title: 'Showdesk host view',
    width: 1280,
    height: 720,
    minWidth: 640,
    minHeight: 360,
    backgroundColor: '#000000',
    show: false,
    webPreferences: webPreferences(preloadFile),
  });
  return track(window, 'host', hostViewUrl(location));
}
