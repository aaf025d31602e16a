// Deterministic GUIDs for seeded objects: the same tenant and name give the same id on every start and every
// instance, so seeding twice (or on two instances at once) inserts each object once (ON CONFLICT DO NOTHING).
// No 'server-only': the demo seed runs from server.ts under tsx.
import { createHash } from 'node:crypto';

/** A version-5 style GUID (RFC 9562 §5.5: SHA-1 of namespace and name, version and variant bits set). */
export function nameBasedUuid(namespace: string, name: string): string {
  const bytes = createHash('sha1').update(`${namespace}\0${name}`).digest().subarray(0, 16);
  bytes.writeUInt8((bytes.readUInt8(6) & 0x0f) | 0x50, 6);
  bytes.writeUInt8((bytes.readUInt8(8) & 0x3f) | 0x80, 8);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
