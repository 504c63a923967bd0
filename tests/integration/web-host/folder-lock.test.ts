import { spawn, type ChildProcess } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../../src/main/core/create-core';
import { DataFolderLockedError } from '../../../src/main/core/store/folder-lock';
import { useConsoleHarness } from '../../support/console-harness';

const harness = useConsoleHarness();
const FIXTURE = join(import.meta.dirname, 'fixtures', 'web-host-process.ts');

interface Outcome {
  child: ChildProcess;
  listening: boolean;
  stderr: string;
}

/** Starts a browser host process; resolves once it listens or has exited. */
function startHost(dataDir: string, pageDir: string): Promise<Outcome> {
  const child = spawn(process.execPath, ['--import', 'tsx', FIXTURE, dataDir, pageDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  harness.defer(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve) => {
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.on('line', (line) => {
      if (line.includes('"listening"')) resolve({ child, listening: true, stderr });
    });
    child.once('exit', () => resolve({ child, listening: false, stderr }));
  });
}

function killed(child: ChildProcess): Promise<void> {
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGKILL');
  return exited;
}

describe('one writer per data folder', () => {
  it(
    'refuses a second browser host on the folder, naming it and the holder, until kill -9',
    { timeout: 60_000 },
    async () => {
      const dataDir = join(await harness.tempDir(), 'data');
      const pageDir = await harness.tempDir();
      const first = await startHost(dataDir, pageDir);
      expect(first.listening).toBe(true);

      const second = await startHost(dataDir, pageDir);
      expect(second.listening).toBe(false);
      expect(second.child.exitCode).toBe(1);
      expect(second.stderr).toContain(`The data folder ${dataDir} is in use`);
      expect(second.stderr).toContain(`browser host, process ${first.child.pid}`);

      await killed(first.child);
      const third = await startHost(dataDir, pageDir);
      expect(third.listening).toBe(true);
      expect(statSync(dataDir).mode & 0o777).toBe(0o700);
      expect(statSync(join(dataDir, DATABASE_FILE)).mode & 0o777).toBe(0o600);
      expect(statSync(join(dataDir, `${DATABASE_FILE}-wal`)).mode & 0o777).toBe(0o600);
    },
  );

  it('refuses a second core in the same process, and lets it start once the first closed', async () => {
    const dataDir = await harness.tempDir();
    const first = harness.startConsole(dataDir);
    expect(() => harness.startConsole(dataDir)).toThrow(DataFolderLockedError);
    first.close();
    harness.startConsole(dataDir);
  });
});
