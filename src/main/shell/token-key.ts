import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The token key, encrypted with the operating system's keychain, in the data folder. */
export const SEALED_KEY_FILE = 'token.key.os';
const KEY_BYTES = 32;

/** The part of Electron's safeStorage the shell uses on the core's behalf. */
export interface Keychain {
  isEncryptionAvailable(): boolean;
  getSelectedStorageBackend(): string;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

/**
 * The key that seals sale-server tokens in the database, kept encrypted by Electron's
 * safeStorage (Keychain, DPAPI, libsecret); made on first use. Undefined where safeStorage has
 * no keychain to use, or on Linux only its fixed-password fallback (the core then keeps its key
 * in a 0600 file).
 */
export function osProtectedTokenKey(
  dataDir: string,
  keychain: Keychain,
  platform: NodeJS.Platform = process.platform,
): string | undefined {
  if (!keychain.isEncryptionAvailable()) return undefined;
  if (platform === 'linux' && keychain.getSelectedStorageBackend() === 'basic_text') {
    return undefined;
  }
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = join(dataDir, SEALED_KEY_FILE);
  try {
    const key = Buffer.from(keychain.decryptString(readFileSync(file)), 'base64');
    if (key.length === KEY_BYTES) return key.toString('base64');
  } catch {
    // No key yet (or one this user's keychain cannot open): a new one is made below.
  }
  const key = randomBytes(KEY_BYTES).toString('base64');
  writeFileSync(file, keychain.encryptString(key), { mode: 0o600 });
  chmodSync(file, 0o600);
  return key;
}
