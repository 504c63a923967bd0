import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  osProtectedTokenKey,
  SEALED_KEY_FILE,
  type Keychain,
} from '../../../src/main/shell/token-key';
import { useTempDirs } from '../../support/temp-dir';

const tempDir = useTempDirs('showdesk-token-key-');

/** Stands in for Electron's safeStorage: "encrypts" by a reversible marker, records its calls. */
function fakeKeychain(options: { available?: boolean; backend?: string } = {}) {
  const calls: string[] = [];
  const keychain: Keychain = {
    isEncryptionAvailable: () => options.available ?? true,
    getSelectedStorageBackend: () => options.backend ?? 'gnome_libsecret',
    encryptString: (plain) => {
      calls.push('encrypt');
      return Buffer.from(`sealed:${plain}`);
    },
    decryptString: (sealed) => {
      calls.push('decrypt');
      const text = sealed.toString();
      if (!text.startsWith('sealed:')) throw new Error('not sealed by this keychain');
      return text.slice('sealed:'.length);
    },
  };
  return { keychain, calls };
}

describe('the token key the shell keeps with the keychain for the core', () => {
  it('is made once, stored only sealed in a 0600 file, and the same at the next start', () => {
    const dataDir = join(tempDir(), 'data');
    const { keychain } = fakeKeychain();
    const key = osProtectedTokenKey(dataDir, keychain, 'linux');
    expect(Buffer.from(key ?? '', 'base64')).toHaveLength(32);
    const file = join(dataDir, SEALED_KEY_FILE);
    expect(readFileSync(file, 'utf8')).toBe(`sealed:${key}`);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    expect(osProtectedTokenKey(dataDir, keychain, 'linux')).toBe(key);
  });

  it.each([
    ['no keychain at all', { available: false }, 'darwin'],
    ["Linux's fixed-password fallback", { backend: 'basic_text' }, 'linux'],
  ] as const)(
    'is none with %s, so the core keeps its own 0600 key file',
    (_label, options, platform) => {
      const { keychain, calls } = fakeKeychain(options);
      expect(osProtectedTokenKey(tempDir(), keychain, platform)).toBeUndefined();
      expect(calls).toEqual([]);
    },
  );

  it('is made anew when the keychain cannot open the stored one', () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, SEALED_KEY_FILE), 'from another user');
    const { keychain } = fakeKeychain();
    const key = osProtectedTokenKey(dataDir, keychain, 'win32');
    expect(Buffer.from(key ?? '', 'base64')).toHaveLength(32);
    expect(osProtectedTokenKey(dataDir, keychain, 'win32')).toBe(key);
  });
});
