import {
  app,
  dialog,
  ipcMain,
  MessageChannelMain,
  safeStorage,
  session,
  type MessagePortMain,
} from 'electron';
import { join, resolve } from 'node:path';
import { readPageCsp } from '../common/page-csp';
import { IPC_PORT_REQUEST_CHANNEL } from '../../shared/api/bridge';
import { IMAGES_FOLDER } from '../../shared/model/media';
import { CoreSupervisor, type CoreStatus } from '../core-process/supervisor';
import { reportCoreStatus, spawnUtilityCore } from './core-process';
import { answerPortRequest } from './ipc';
import { electronNativeBinding, packagedNativeBinding } from './native-binding';
import { isConsolePage, rendererLocation } from './renderer-location';
import { denyPermissions, forbidNavigation, sendCspHeader } from './security';
import { installMenu } from './menu';
import { registerMediaScheme, serveMediaScheme } from './media-protocol';
import { osProtectedTokenKey } from './token-key';
import { WindowPorts } from './window-ports';
import { openConsoleWindow, openHostViewWindow, openWindows } from './windows';

/**
 * The folder that holds resources/ and .native/: the packaged app, or this checkout (the bundle
 * is out/main/index.js, whether Electron was started on the folder or on that file).
 */
function appRoot(): string {
  return app.isPackaged ? app.getAppPath() : resolve(import.meta.dirname, '..', '..');
}

/** The core in its own utility process, so its work never holds up windows or IPC. */
async function startCore(
  openHostView: () => void,
  onStatus: (status: CoreStatus) => void,
): Promise<CoreSupervisor<MessagePortMain> | undefined> {
  const root = appRoot();
  const dataDir = app.getPath('userData');
  const core = new CoreSupervisor<MessagePortMain>({
    spawn: () => spawnUtilityCore(join(import.meta.dirname, 'core-process.js')),
    start: {
      dataDir,
      transport: 'electron',
      tokenKey: osProtectedTokenKey(dataDir, safeStorage),
      nativeBinding: app.isPackaged
        ? packagedNativeBinding(process.resourcesPath)
        : electronNativeBinding(root, process.versions.electron),
      resourcesDir: join(root, 'resources'),
    },
    openHostView,
    onStatus,
  });
  try {
    await core.start();
    return core;
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    process.stderr.write(`Showdesk could not start: ${text}\n`);
    dialog.showErrorBox('Showdesk could not start', text);
    return undefined;
  }
}

/**
 * The Electron shell: windows, menus, the single-instance lock, and the ports between the windows
 * and the core's process. It holds no app logic and relays no call: each window talks to the
 * core's dispatcher in that process over a MessagePort of its own.
 */
export function startShell(): void {
  const dataDir = process.env['SHOWDESK_DATA_DIR'];
  if (dataDir !== undefined && dataDir !== '') app.setPath('userData', dataDir);
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.enableSandbox();
  registerMediaScheme();
  forbidNavigation(app);
  const devServer = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];
  const location = rendererLocation(import.meta.dirname, devServer);
  const preloadFile = join(import.meta.dirname, '..', 'preload', 'index.cjs');

  const openHostView = () => {
    openHostViewWindow(location, preloadFile);
  };

  let windowPorts: WindowPorts<MessagePortMain> | undefined;
  const onStatus = (status: CoreStatus) => {
    reportCoreStatus(status);
    void windowPorts?.coreStatus(status);
  };

  void app.whenReady().then(async () => {
    const core = await startCore(openHostView, onStatus);
    if (core === undefined) {
      app.exit(1);
      return;
    }
    const ports = new WindowPorts<MessagePortMain>({
      openChannel: () => {
        const { port1, port2 } = new MessageChannelMain();
        return { window: port1, core: port2 };
      },
      connectCore: (port) => core.connectPort(port),
    });
    windowPorts = ports;
    denyPermissions(session.defaultSession);
    serveMediaScheme(join(app.getPath('userData'), IMAGES_FOLDER));
    // The dev server serves the page with its own meta policy; the built page's policy is also
    // sent as a header.
    if (location.kind === 'file') {
      sendCspHeader(session.defaultSession, await readPageCsp(location.indexFile));
    }
    ipcMain.on(IPC_PORT_REQUEST_CHANNEL, (event) =>
      answerPortRequest(event, ports, (url) => isConsolePage(location, url)),
    );
    installMenu(openHostView);
    openConsoleWindow(location, preloadFile);

    app.on('second-instance', () => {
      const [first] = openWindows();
      if (first === undefined) return;
      if (first.isMinimized()) first.restore();
      first.focus();
    });
    app.on('activate', () => {
      if (openWindows().length === 0) openConsoleWindow(location, preloadFile);
    });
    let closed = false;
    app.on('will-quit', (event) => {
      if (closed) return;
      // The core closes its database before the app exits.
      event.preventDefault();
      void core.stop().then(() => {
        closed = true;
        app.quit();
      });
    });
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
