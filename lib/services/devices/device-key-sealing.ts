// The simulated devices' private keys at rest: PKCS#8 sealed with AES-256-GCM (lib/keys/seal-private-key.ts) under
// a key derived from the portal's key-encryption key for this purpose only (HKDF, RFC 5869), so a device key and a
// CA key are never sealed under the same key. Device keys never enter the CA KeyStore (docs/architecture.md › Keys).
import 'server-only';
import { hkdfSync, type KeyObject } from 'node:crypto';
import { getEnv } from '@/lib/env';
import { loadKeyEncryptionKey } from '@/lib/keys/key-encryption-key';
import { sealPrivateKey } from '@/lib/keys/seal-private-key';

let deviceKeyEncryptionKey: Buffer | undefined;

function keyEncryptionKey(): Buffer {
  if (!deviceKeyEncryptionKey) {
    const env = getEnv();
    const portalKey = loadKeyEncryptionKey({ masterKeyBase64: env.PKI_MASTER_KEY, dataDir: env.DATA_DIR });
    deviceKeyEncryptionKey = Buffer.from(hkdfSync('sha256', portalKey, Buffer.alloc(0), 'cloud-pki device simulator keys', 32));
  }
  return deviceKeyEncryptionKey;
}

/** The additional data binds the blob to its device and profile: copied onto another row, it does not open. */
export function sealDeviceKey(privateKey: KeyObject, deviceId: string, profileId: string): Uint8Array<ArrayBuffer> {
  const pkcs8 = privateKey.export({ type: 'pkcs8', format: 'der' });
  try {
    return new Uint8Array(sealPrivateKey(keyEncryptionKey(), `device-key:${deviceId}:${profileId}`, pkcs8));
  } finally {
    pkcs8.fill(0);
  }
}
