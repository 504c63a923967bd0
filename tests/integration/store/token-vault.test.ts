import Database from 'better-sqlite3';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TOKEN_KEY_FILE, TokenVault } from '../../../src/main/core/store/token-vault';
import { useConsoleHarness } from '../../support/console-harness';
import { liveState, waitFor } from '../../support/console-core';
import { databaseFile, invoke } from '../../support/core-api';
import { TEST_TOKEN } from '../../support/sale-server';

const harness = useConsoleHarness();

function storedTokens(dataDir: string): string[] {
  const db = new Database(databaseFile(dataDir), { readonly: true });
  const rows = db.prepare('SELECT token FROM run_sync').all() as { token: string }[];
  db.close();
  return rows.map((row) => row.token);
}

describe('sale-server tokens at rest', () => {
  it('keeps the token sealed in the database, with its key in a 0600 file', async () => {
    const session = await harness.openSession({ products: [{ sku: 'A', stock: 5 }] });
    const [stored] = storedTokens(session.dataDir);
    expect(stored).not.toContain(TEST_TOKEN);
    expect(TokenVault.isSealed(stored ?? '')).toBe(true);
    expect(statSync(join(session.dataDir, TOKEN_KEY_FILE)).mode & 0o777).toBe(0o600);
    expect(statSync(session.dataDir).mode & 0o777).toBe(0o700);
    expect((await invoke(session.core, 'storage.state', {})).tokenProtection).toBe('key-file');

    // A restart opens it for the handshake: the link comes back without the producer.
    session.core.close();
    const again = harness.startConsole(session.dataDir);
    await waitFor(async () => (await liveState(again)).link.state === 'connected', 'the link');
    expect((await liveState(again)).link.lastError).toBeNull();
  });

  it('seals a token stored in plain text by an earlier version when the store opens', async () => {
    const session = await harness.openSession({ products: [{ sku: 'A', stock: 5 }] });
    session.core.close();
    const db = new Database(databaseFile(session.dataDir));
    db.prepare('UPDATE run_sync SET token = ?').run(TEST_TOKEN);
    db.close();

    const again = harness.startConsole(session.dataDir);
    expect(storedTokens(session.dataDir).join()).not.toContain(TEST_TOKEN);
    await waitFor(async () => (await liveState(again)).link.state === 'connected', 'the link');
    expect((await liveState(again)).link.lastError).toBeNull();
  });
});
