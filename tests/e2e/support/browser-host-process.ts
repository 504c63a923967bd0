import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { projectPaths } from '../../../src/main/web/project-paths';
import { DEAD_AFTER_ENV } from '../../../src/main/core/sync/tuning';

interface Listening {
  url: string;
}

function isListening(value: unknown): value is Listening {
  return (
    typeof value === 'object' &&
    value !== null &&
    'event' in value &&
    value.event === 'listening' &&
    'url' in value &&
    typeof value.url === 'string'
  );
}

function parseLine(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}

/** The host's entry: its TypeScript under tsx (`npm run web`) or the built bundle (`web:built`). */
export type HostEntry = 'source' | 'built';

/** The built host's bundle, from the project's root. */
export const BUILT_HOST = 'out/main/web-host.js';

const ENTRY_ARGS: Record<HostEntry, string[]> = {
  source: ['--import', 'tsx', 'src/main/web/cli.ts'],
  built: [BUILT_HOST],
};

/**
 * `npm run web` in a child process of its own, on a data folder the test chose. The host reports
 * its address as one JSON line on stdout; that line, not a delay, says it is ready.
 */
export class BrowserHostProcess {
  private child: ChildProcess | undefined;
  private port = 0;

  constructor(
    private readonly dataDir: string,
    private readonly entry: HostEntry = 'source',
  ) {}

  /** Starts the host and resolves with its URL (token included). */
  start(): Promise<string> {
    const { root } = projectPaths();
    const args = [...ENTRY_ARGS[this.entry], '--port', String(this.port)];
    const child = spawn(process.execPath, [...args, '--data-dir', this.dataDir], {
      cwd: root,
      // The screens of a stalled link are looked at for longer than the console's 10 s before it
      // drops the link as dead (tests/integration/sync/liveness.test.ts tests the drop).
      env: { ...process.env, [DEAD_AFTER_ENV]: String(10 * 60_000) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    let stderr = '';
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    return new Promise((resolve, reject) => {
      const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
      lines.on('line', (line) => {
        const event = parseLine(line);
        if (!isListening(event)) return;
        this.port = Number(new URL(event.url).port);
        resolve(event.url);
      });
      child.once('exit', (code, signal) => {
        reject(new Error(`browser host exited (${code ?? signal}) before listening:\n${stderr}`));
      });
    });
  }

  /** Stops the host: SIGTERM lets it close the core cleanly, SIGKILL is a crash. */
  async stop(signal: 'SIGTERM' | 'SIGKILL' = 'SIGTERM'): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (child === undefined || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill(signal);
    await exited;
  }
}
