import {
  CoreFrame,
  type CoreStartOptions,
  type ShellFrame,
} from '../../shared/api/core-process-wire';
import { isApiEventName, type ApiEvents } from '../../shared/api/contract';
import type { ApiEnvelope } from '../../shared/api/errors';
import { EventHub } from '../core/api/event-hub';
import type { Core } from '../core/core';

/** One run of the core's process, as the shell sees it (Electron's UtilityProcess, or a fork). */
export interface CoreChild {
  post(frame: ShellFrame): void;
  onMessage(listener: (message: unknown) => void): void;
  onExit(listener: (code: number | null) => void): void;
  kill(): void;
}

/** What happened to the core's process after it first started. */
export type CoreStatus =
  | { kind: 'stopped'; code: number | null }
  | { kind: 'restarted' }
  | { kind: 'gave-up'; message: string };

export interface SupervisorOptions {
  spawn: () => CoreChild;
  start: CoreStartOptions;
  /** The core asked for the host view's window. */
  openHostView?: () => void;
  onStatus?: (status: CoreStatus) => void;
  /** Restarts allowed within `restartWindowMs` before giving up (default 3 within 60 s). */
  maxRestarts?: number;
  restartWindowMs?: number;
  /** How long `stop` waits for the core to close its database before killing it. */
  closeTimeoutMs?: number;
}

/** The core's process could not open the core; the message is the one line for the operator. */
export class CoreStartError extends Error {
  override readonly name = 'CoreStartError';
}

function unavailable(message: string): ApiEnvelope<never> {
  return { ok: false, error: { code: 'internal', message } };
}

const STOPPED_WHILE_ANSWERING =
  'The console core stopped while answering this call; it is starting again';

/**
 * Keeps one core process for the app and is the Core the shell's IPC talks to: invokes become
 * frames with ids and come back as results, the core's events fan out from `events`. When the
 * process dies the supervisor says so, starts it again (the core resumes the open run on start)
 * and calls made meanwhile wait for it.
 */
export class CoreSupervisor implements Core {
  readonly events = new EventHub();
  private ready: Promise<CoreChild> = Promise.reject(new Error('The core has not been started'));
  private exited: Promise<void> = Promise.resolve();
  private readonly pending = new Map<number, (envelope: ApiEnvelope<unknown>) => void>();
  private readonly restarts: number[] = [];
  private nextId = 0;
  private stopping = false;

  constructor(private readonly options: SupervisorOptions) {
    this.ready.catch(() => undefined);
  }

  /** Starts the core's process; rejects with CoreStartError when the core cannot open. */
  async start(): Promise<void> {
    this.ready = this.launch();
    await this.ready;
  }

  async dispatch(method: unknown, input: unknown): Promise<ApiEnvelope<unknown>> {
    let child: CoreChild;
    try {
      child = await this.ready;
    } catch (error) {
      return unavailable(error instanceof Error ? error.message : String(error));
    }
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      child.post({ type: 'invoke', id, method: String(method), input });
    });
  }

  close(): void {
    void this.stop();
  }

  /** Asks the core to close its database and waits for its process to end. */
  async stop(): Promise<void> {
    if (this.stopping) return this.exited;
    this.stopping = true;
    const child = await this.ready.catch(() => null);
    if (child === null) return this.exited;
    child.post({ type: 'close' });
    const timeout = setTimeout(() => child.kill(), this.options.closeTimeoutMs ?? 10_000);
    await this.exited;
    clearTimeout(timeout);
  }

  private launch(): Promise<CoreChild> {
    const child = this.options.spawn();
    let markExited = (): void => undefined;
    this.exited = new Promise((resolve) => (markExited = resolve));
    const ready = new Promise<CoreChild>((resolve, reject) => {
      let started = false;
      child.onMessage((message) => {
        const parsed = CoreFrame.safeParse(message);
        if (!parsed.success) return;
        const frame = parsed.data;
        switch (frame.type) {
          case 'ready':
            started = true;
            resolve(child);
            return;
          case 'failed':
            reject(new CoreStartError(frame.message));
            child.kill();
            return;
          case 'result':
            this.pending.get(frame.id)?.(frame.envelope as ApiEnvelope<unknown>);
            this.pending.delete(frame.id);
            return;
          case 'event':
            if (isApiEventName(frame.event)) {
              this.events.emit(frame.event, frame.payload as ApiEvents[typeof frame.event]);
            }
            return;
          case 'open-host-view':
            this.options.openHostView?.();
            return;
          default: {
            const unknownFrame: never = frame;
            throw new Error(`Unknown core frame ${JSON.stringify(unknownFrame)}`);
          }
        }
      });
      child.onExit((code) => {
        for (const answer of this.pending.values()) answer(unavailable(STOPPED_WHILE_ANSWERING));
        this.pending.clear();
        markExited();
        if (!started) {
          reject(
            new CoreStartError(`The console core ended before it started (exit code ${code})`),
          );
          return;
        }
        if (!this.stopping) this.restart(code);
      });
    });
    ready.catch(() => undefined);
    child.post({ type: 'start', options: this.options.start });
    return ready;
  }

  private restart(code: number | null): void {
    const now = Date.now();
    const window = this.options.restartWindowMs ?? 60_000;
    while (this.restarts.length > 0 && (this.restarts[0] ?? now) < now - window) {
      this.restarts.shift();
    }
    if (this.restarts.length >= (this.options.maxRestarts ?? 3)) {
      const message = `The console core stopped ${this.restarts.length + 1} times within ${window / 1000} s and is not started again`;
      this.ready = Promise.reject(new Error(message));
      this.ready.catch(() => undefined);
      this.options.onStatus?.({ kind: 'gave-up', message });
      return;
    }
    this.restarts.push(now);
    this.options.onStatus?.({ kind: 'stopped', code });
    this.ready = this.launch();
    this.ready.then(
      () => this.options.onStatus?.({ kind: 'restarted' }),
      (error: unknown) =>
        this.options.onStatus?.({
          kind: 'gave-up',
          message: error instanceof Error ? error.message : String(error),
        }),
    );
  }
}
