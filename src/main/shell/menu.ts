import { Menu, type MenuItemConstructorOptions } from 'electron';

/**
 * The application menu: the usual Edit and Window menus, and View with the host view (a second
 * window for the host's screen) next to reload, zoom and full screen.
 */
export function installMenu(openHostView: () => void): void {
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' } as const] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { label: 'Host view', accelerator: 'CmdOrCtrl+Shift+H', click: () => openHostView() },
        { type: 'separator' },
        { role: 'reload' },
        { role: 'toggleDevTools' },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
