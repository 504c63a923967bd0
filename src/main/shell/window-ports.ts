import type { CoreStatus } from '../core-process/supervisor';

/** A window as the shell's port handling sees it (Electron's WebContents). */
export interface PortWindow<Port> {
  isDestroyed(): boolean;
  /** Transfers the window's end of a new channel to its preload. */
  givePort(port: Port): void;
  /** Tells the preload that the core stopped: its port is dead until a new one comes. */
  tellCoreStopped(): void;
}

export interface WindowPortsOptions<Port> {
  /** A new channel (Electron's MessageChannelMain): one end for the window, one for the core. */
  openChannel(): { window: Port; core: Port };
  /** Hands the core its end (the supervisor's connectPort); false when the core is not running. */
  connectCore(port: Port): Promise<boolean>;
}

/**
 * Gives every window its own MessagePort to the core's process, so no call or event of any window
 * passes through the shell's thread: a port when a window's preload asks (each page load), and a
 * new one for every window when the core's process was started again; in between, the windows
 * are told the core stopped, so they resync (snapshot, then events) on the new port.
 */
export class WindowPorts<Port> {
  private readonly windows = new Map<number, PortWindow<Port>>();
  /** Windows whose port waits for the core to be up: a restart must not give them a second. */
  private readonly waiting = new Set<number>();

  constructor(private readonly options: WindowPortsOptions<Port>) {}

  /** Connects window `id` (Electron's webContents id) to the core. */
  async connect(id: number, window: PortWindow<Port>): Promise<void> {
    this.windows.set(id, window);
    this.waiting.add(id);
    const channel = this.options.openChannel();
    const connected = await this.options.connectCore(channel.core);
    this.waiting.delete(id);
    if (connected && !window.isDestroyed()) window.givePort(channel.window);
  }

  /** The supervisor's report: tells the windows when the core stops, reconnects them after. */
  async coreStatus(status: CoreStatus): Promise<void> {
    for (const [id, window] of this.windows) {
      if (window.isDestroyed()) this.windows.delete(id);
    }
    switch (status.kind) {
      case 'stopped':
      case 'gave-up':
        for (const window of this.windows.values()) window.tellCoreStopped();
        return;
      case 'restarted':
        await Promise.all(
          [...this.windows]
            .filter(([id]) => !this.waiting.has(id))
            .map(([id, window]) => this.connect(id, window)),
        );
        return;
      default: {
        const unknownStatus: never = status;
        throw new Error(`Unknown core status ${JSON.stringify(unknownStatus)}`);
      }
    }
  }
}
