import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { CoreChild } from '../../src/main/core-process/supervisor';

const ENTRY = join(import.meta.dirname, '../../src/main/core-process/index.ts');

/**
 * The core-process entry under plain Node, as the shell's utilityProcess runs it: forked with
 * tsx, messages as structured clones (Electron's ports clone too). `onSpawn` sees each process.
 */
export function forkCore(onSpawn: (child: ChildProcess) => void = () => undefined): CoreChild {
  const child = fork(ENTRY, [], {
    execArgv: ['--import', 'tsx'],
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  onSpawn(child);
  return {
    post: (frame) => {
      if (child.connected) child.send(frame);
    },
    onMessage: (listener) => child.on('message', listener),
    onExit: (listener) => child.on('exit', (code) => listener(code)),
    kill: () => void child.kill('SIGKILL'),
  };
}
