import { createCore } from '../core/create-core';
import { processParentPort } from './parent-port';
import { serveCore } from './serve-core';

/**
 * The core's own process: Electron's utilityProcess in the app, child_process.fork in tests. The
 * shell sends the start options over the port; the core asks the shell to open the host view.
 */
serveCore(
  processParentPort(),
  ({ tokenKey, ...options }, port) =>
    createCore({
      ...options,
      tokenKey:
        tokenKey === undefined
          ? undefined
          : { key: Buffer.from(tokenKey, 'base64'), protection: 'os' },
      hostView: { openHostView: () => port.post({ type: 'open-host-view' }) },
    }),
  (code) => process.exit(code),
);
