import { dialog, utilityProcess, type MessagePortMain } from 'electron';
import type { CoreChild, CoreStatus } from '../core-process/supervisor';

/** The core's process as an Electron utility process running `entryFile` (out/main/core-process.js). */
export function spawnUtilityCore(entryFile: string): CoreChild<MessagePortMain> {
  const child = utilityProcess.fork(entryFile, [], {
    serviceName: 'Showdesk core',
    stdio: 'inherit',
  });
  return {
    post: (frame) => child.postMessage(frame),
    postPort: (port) => child.postMessage({ type: 'window-port' }, [port]),
    onMessage: (listener) => child.on('message', listener),
    onExit: (listener) => child.on('exit', listener),
    kill: () => void child.kill(),
  };
}

/** Tells the operator what happened to the core's process (stderr, and a message box). */
export function reportCoreStatus(status: CoreStatus): void {
  switch (status.kind) {
    case 'stopped':
      process.stderr.write(
        `Showdesk: the console core stopped (exit code ${status.code}); restarting\n`,
      );
      return;
    case 'restarted':
      process.stderr.write('Showdesk: the console core is running again\n');
      void dialog.showMessageBox({
        type: 'warning',
        title: 'Showdesk',
        message: 'The console core stopped and was started again.',
        detail: 'An open run resumes where its log ends; commands sent meanwhile are retried.',
      });
      return;
    case 'gave-up':
      process.stderr.write(`Showdesk: ${status.message}\n`);
      dialog.showErrorBox('The console core stopped', status.message);
      return;
    default: {
      const unknownStatus: never = status;
      throw new Error(`Unknown core status ${JSON.stringify(unknownStatus)}`);
    }
  }
}
