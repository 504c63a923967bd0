import type { ApiEnvelope } from '../../shared/api/errors';
import type { ConsolePresence } from './api/console-presence';
import type { EventHub } from './api/event-hub';
import type { HostViewOpener } from './handlers/onair-handlers';
import type { TokenKey } from './store/token-vault';
import type { StageStamps } from './sync/stage-stamps';
import type { SyncTuning } from './sync/tuning';

export interface CoreOptions {
  /** Folder that holds showdesk.sqlite. */
  dataDir: string;
  transport: 'electron' | 'web';
  /** Absolute path to a better-sqlite3 .node file built for the running runtime, if not the default. */
  nativeBinding?: string;
  /** Folder of bundled resources (demo show). */
  resourcesDir: string;
  /** App version reported by app.info; read from package.json when absent. */
  version?: string;
  /** Add the demo show to a new database (default true); tests may turn it off. */
  seedDemo?: boolean;
  /** Timings of the sale-server sync (reconnect backoff, ack timeout, frame rate); tests only. */
  sync?: Partial<SyncTuning>;
  /** Notes the stages of server events on their way to the page (bench/event-to-glass). */
  stageStamps?: StageStamps;
  /** Opens the host view's window (the Electron shell); without it the page opens a tab. */
  hostView?: HostViewOpener;
  /**
   * The key that seals sale-server tokens, kept by the host with the operating system's keychain
   * (the Electron shell's safeStorage). Without it the key is <dataDir>/token.key (0600).
   */
  tokenKey?: TokenKey;
}

/** The running core: one per process, shared by every window or websocket. */
export interface Core {
  /** Runs a method of the console API; `page`: the id of the page that called (see presence). */
  dispatch(method: unknown, input: unknown, page?: number): Promise<ApiEnvelope<unknown>>;
  readonly events: EventHub;
  /** The pages attached, and how many of them are consoles. */
  readonly presence: ConsolePresence;
  close(): void;
}
