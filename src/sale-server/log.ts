import type { Logger } from '../shared/logger';

/** One JSON object a line on stderr (stdout is left for the CLI's own output). */
export const stderrLogger: Logger = (entry) => {
  process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), ...entry })}\n`);
};

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
