import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { MessagePort } from 'node:worker_threads';
import { LaneFrame } from '../../src/main/core-process/parent-port';
import type { CoreChild } from '../../src/main/core-process/supervisor';

const ENTRY = join(import.meta.dirname, '../../src/main/core-process/index.ts');

/**
 * The core-process entry under plain Node, as the shell's utilityProcess runs it: forked with
 * tsx, messages as structured clones (Electron's ports clone too). A window's port is a
 * worker_threads MessagePort whose frames travel on a numbered lane of the IPC channel, since a
 * port cannot cross to a child process under Node. `onSpawn` sees each process.
 */
export function forkCore(
  onSpawn: (child: ChildProcess) => void = () => undefined,
): CoreChild<MessagePort> {
  const child = fork(ENTRY, [], {
    execArgv: ['--import', 'tsx'],
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  onSpawn(child);
  const send = (message: unknown) => {
    if (child.connected) child.send(message as object);
  };
  const lanes = new Map<number, MessagePort>();
  child.on('message', (message) => {
    const frame = LaneFrame.safeParse(message);
    if (frame.success) lanes.get(frame.data.lane)?.postMessage(frame.data.frame);
  });
  child.on('exit', () => {
    for (const port of lanes.values()) port.close();
  });
  return {
    post: send,
    postPort: (port) => {
      const lane = lanes.size;
      lanes.set(lane, port);
      send({ type: 'window-port', lane });
      port.on('message', (frame: unknown) => send({ lane, frame }));
    },
    onMessage: (listener) => child.on('message', listener),
    onExit: (listener) => child.on('exit', (code) => listener(code)),
    kill: () => void child.kill('SIGKILL'),
  };
}
