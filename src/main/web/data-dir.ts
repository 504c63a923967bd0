import { homedir } from 'node:os';
import { join } from 'node:path';

const APP_FOLDER = 'showdesk';

/**
 * Where the browser host keeps its database unless told: SHOWDESK_DATA_DIR, else the platform's
 * usual folder for application data.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  const override = env['SHOWDESK_DATA_DIR'];
  if (override !== undefined && override !== '') return override;
  switch (process.platform) {
    case 'win32':
      return join(env['APPDATA'] ?? join(homedir(), 'AppData', 'Roaming'), APP_FOLDER);
    case 'darwin':
      return join(homedir(), 'Library', 'Application Support', APP_FOLDER);
    default:
      return join(env['XDG_DATA_HOME'] || join(homedir(), '.local', 'share'), APP_FOLDER);
  }
}
