import type { App, Session } from 'electron';

/** Sends the console page's own CSP as a header on every response, on top of its meta tag. */
export function sendCspHeader(session: Session, csp: string): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] },
    });
  });
}

/** Refuses every permission request: camera, microphone, notifications, anything. */
export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/**
 * Every page the app creates stays where it is: no navigation away, no new windows, no webviews.
 * The console never needs any of them, so they are refused rather than filtered.
 */
export function forbidNavigation(app: App): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}
