import type { CoreFrame } from '../../shared/api/core-process-wire';
import { ShellFrame, type CoreStartOptions } from '../../shared/api/core-process-wire';
import { nativeLoadHint } from '../common/native-hint';
import { serveWire } from '../core/api/serve-wire';
import type { Core } from '../core/core';
import type { ParentPort } from './parent-port';

export type OpenCore = (options: CoreStartOptions, port: ParentPort) => Core;

function errorLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return nativeLoadHint(error) ?? message;
}

/**
 * Runs the core behind `port`: opens it on the shell's `start` frame (or says why it could not),
 * serves the console API's wire on every window port the shell hands over, and closes the core
 * on `close` or when the parent is gone, then calls `exit`.
 */
export function serveCore(port: ParentPort, open: OpenCore, exit: (code: number) => void): void {
  let core: Core | null = null;
  const post = (frame: CoreFrame) => port.post(frame);
  const close = () => {
    core?.close();
    core = null;
    exit(0);
  };
  port.onParentGone(close);
  port.listen((message, ports) => {
    const frame = ShellFrame.safeParse(message);
    if (!frame.success) {
      process.stderr.write(`Showdesk core: ignored a frame that is not part of the wire\n`);
      return;
    }
    const { data } = frame;
    switch (data.type) {
      case 'start':
        if (core !== null) return;
        try {
          core = open(data.options, port);
        } catch (error) {
          // The shell ends this process once it has the message.
          post({ type: 'failed', message: errorLine(error) });
          return;
        }
        post({ type: 'ready' });
        return;
      case 'window-port': {
        const current = core;
        for (const windowPort of ports) {
          if (current === null) windowPort.close();
          else serveWire(current, windowPort);
        }
        return;
      }
      case 'close':
        close();
        return;
      default: {
        const unknownFrame: never = data;
        throw new Error(`Unknown shell frame ${JSON.stringify(unknownFrame)}`);
      }
    }
  });
}
