import { z } from 'zod';

/**
 * The parent port between the Electron shell and the core's own process. The shell starts and
 * closes the core and hands it one MessagePort per window, on which the core serves the console
 * API's wire (web-wire.ts) straight to that window; the core asks the shell for what only the
 * shell can do (open the host view's window).
 */

/** What the core needs from the shell to start: `app` does not exist in the core's process. */
export const CoreStartOptions = z.object({
  dataDir: z.string().min(1),
  resourcesDir: z.string().min(1),
  transport: z.enum(['electron', 'web']),
  /** The better-sqlite3 build for this runtime, when not the one in node_modules. */
  nativeBinding: z.string().optional(),
  seedDemo: z.boolean().optional(),
  /**
   * The key that seals sale-server tokens (32 bytes, base64), which the shell keeps encrypted
   * with the operating system's keychain (safeStorage); absent: the core uses its key file.
   */
  tokenKey: z.base64().optional(),
});
export type CoreStartOptions = z.infer<typeof CoreStartOptions>;

/** From the shell to the core's process. */
export const ShellFrame = z.union([
  z.object({ type: z.literal('start'), options: CoreStartOptions }),
  z.object({ type: z.literal('close') }),
  /** Carries one transferred port: a window's line to the core. */
  z.object({ type: z.literal('window-port') }),
]);
export type ShellFrame = z.infer<typeof ShellFrame>;

/** From the core's process to the shell. */
export const CoreFrame = z.union([
  z.object({ type: z.literal('ready') }),
  /** The core could not start; `message` is the one line to show the operator. */
  z.object({ type: z.literal('failed'), message: z.string() }),
  z.object({ type: z.literal('open-host-view') }),
]);
export type CoreFrame = z.infer<typeof CoreFrame>;
