import {
  CoreFrame,
  type CoreStartOptions,
  type ShellFrame,
} from '../../shared/api/core-process-wire';

/**
 * One run of the core's process, as the shell sees it (Electron's UtilityProcess, or a fork).
 * `Port` is what carries a window's line to it (Electron's MessagePortMain).
 */
export interface CoreChild<Port> {
  post(frame: ShellFrame): void;
  /** Hands the core one end of a window's channel, on which it serves the console API. */
  postPort(port: Port): void;
  onMessage(listener: (message: unknown) => void): void;
  onExit(listener: (code: number | null) => void): void;
  kill(): void;
}

/** What happened to the core's process after it first started. */
export type CoreStatus =
  | { kind: 'stopped'; code: number | null }
  | { kind: 'restarted' }
  | { kind: 'gave-up'; message: string };

export interface SupervisorOptions<Port> {
  spawn: () => CoreChild<Port>;
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

/**
 * Keeps one core process for the app. The windows talk to it over ports of their own
 * (`connectPort`), never through the shell; the supervisor starts it, says when it dies, starts
 * it again (the core resumes the open run on start) and reports each step through `onStatus`, so
 * the shell can give every window a new port.
 */
export class CoreSupervisor<Port> {
  private ready: Promise<CoreChild<Port>> = Promise.reject(
    new Error('The core has not been started'),
  );
  private exited: Promise<void> = Promise.resolve();
  private readonly restarts: number[] = [];
  private stopping = false;

  constructor(private readonly options: SupervisorOptions<Port>) {
    this.ready.catch(() => undefined);
  }

  /** Starts the core's process; rejects with CoreStartError when the core cannot open. */
  async start(): Promise<void> {
    this.ready = this.launch();
    await this.ready;
  }

  /**
   * Hands `port` to the running core once it is up; false when the core is not running and will
   * not be (it could not start, gave up, or is stopping), so the port is of no use.
   */
  async connectPort(port: Port): Promise<boolean> {
    const child = await this.ready.catch(() => null);
    if (child === null || this.stopping) return false;
    child.postPort(port);
    return true;
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

  private launch(): Promise<CoreChild<Port>> {
    const child = this.options.spawn();
    let markExited = (): void => undefined;
    this.exited = new Promise((resolve) => (markExited = resolve));
    const ready = new Promise<CoreChild<Port>>((resolve, reject) => {
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
    this.ready = this.launch();
    this.options.onStatus?.({ kind: 'stopped', code });
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
