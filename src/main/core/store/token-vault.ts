import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { preparePrivateFile } from './private-files';

/** The key file of a data folder whose key no keychain protects (the browser host, tests). */
export const TOKEN_KEY_FILE = 'token.key';

const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
/** Marks a sealed token in the database; anything else is a token stored before sealing. */
const SEALED_PREFIX = 'sealed1:';

/**
 * How a token's key is kept: 'os' — the Electron shell keeps it encrypted with the operating
 * system's keychain (safeStorage) and hands it to the core at start; 'key-file' — in
 * <dataDir>/token.key, which only the user may read (0600, in a 0700 folder).
 */
export type TokenProtection = 'os' | 'key-file';

/** A data key the host hands to the core (the Electron shell, from safeStorage). */
export interface TokenKey {
  key: Buffer;
  protection: 'os';
}

/**
 * Seals sale-server tokens before they are stored (run_sync.token) and opens them when a link
 * needs one: AES-256-GCM with the data folder's key, so the database alone (a copy, a backup,
 * an export of its tables) never shows a token.
 */
export class TokenVault {
  constructor(
    private readonly key: Buffer,
    readonly protection: TokenProtection,
  ) {
    if (key.length !== KEY_BYTES) throw new Error(`a token key has ${KEY_BYTES} bytes`);
  }

  /** The vault of `dataDir`'s key file, made (random, 0600) on first use. */
  static fromKeyFile(dataDir: string): TokenVault {
    const file = join(dataDir, TOKEN_KEY_FILE);
    preparePrivateFile(file);
    let key = readFileSync(file);
    if (key.length !== KEY_BYTES) {
      key = randomBytes(KEY_BYTES);
      writeFileSync(file, key);
    }
    return new TokenVault(key, 'key-file');
  }

  seal(token: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(token, 'utf8'), cipher.final()]);
    return `${SEALED_PREFIX}${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
  }

  /** The token; one stored before sealing comes back as it was. Throws for a foreign key. */
  open(stored: string): string {
    if (!TokenVault.isSealed(stored)) return stored;
    const bytes = Buffer.from(stored.slice(SEALED_PREFIX.length), 'base64');
    const decipher = createDecipheriv('aes-256-gcm', this.key, bytes.subarray(0, IV_BYTES));
    decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([
      decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)),
      decipher.final(),
    ]).toString('utf8');
  }

  static isSealed(stored: string): boolean {
    return stored.startsWith(SEALED_PREFIX);
  }
}
