// The per-CA SCEP material is reused while the CA row's certificates and keys stay the same, and rebuilt as soon as
// any of them changes (renewal, upload); the CA key's public half is read once.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { CertificationAuthorityRow } from '@/lib/db/repositories/certification-authorities';
import { createIssuingCa, createKeyStore, createRootCa } from '@/lib/pki/test-support/test-ca';
import { scepCaMaterialOf } from './scep-ca-material';

const keyStore = createKeyStore();
const getPublicKey = vi.spyOn(keyStore, 'getPublicKey');
vi.mock('../key-store', () => ({ getKeyStore: () => keyStore }));

let row: CertificationAuthorityRow;
beforeAll(async () => {
  const root = await createRootCa(keyStore, 'rsa2048');
  const issuing = await createIssuingCa(keyStore, root, 'rsa2048');
  row = {
    id: crypto.randomUUID(),
    keyUri: issuing.keyUri,
    raKeyUri: 'software:ra',
    certificateDer: issuing.der,
    raCertificateDer: new Uint8Array([0x30, 0x03, 0x02, 0x01, 0x01]),
    certificateKeySize: 'rsa2048',
  } as CertificationAuthorityRow;
  getPublicKey.mockClear(); // the test CAs' own signers read it
});

// The database returns a new row object, with new byte arrays, on every read.
const reread = (ca: CertificationAuthorityRow, changes: Partial<CertificationAuthorityRow> = {}): CertificationAuthorityRow => ({
  ...ca,
  certificateDer: ca.certificateDer && new Uint8Array(ca.certificateDer),
  raCertificateDer: ca.raCertificateDer && new Uint8Array(ca.raCertificateDer),
  ...changes,
});

describe('scepCaMaterialOf', () => {
  it('keeps one RA object and one issuer per CA across reads of an unchanged row', async () => {
    const first = scepCaMaterialOf(reread(row));
    const second = scepCaMaterialOf(reread(row));
    expect(second).toBe(first);
    expect(second?.ra.certificateDer).toBe(first?.ra.certificateDer);
    const issuer = await first?.issuer();
    expect(await second?.issuer()).toBe(issuer);
    expect(getPublicKey).toHaveBeenCalledTimes(1);
  });

  it('rebuilds the material when the RA certificate, the CA certificate or a key changes', () => {
    const before = scepCaMaterialOf(reread(row));
    const renewedRa = reread(row, { raCertificateDer: new Uint8Array([0x30, 0x03, 0x02, 0x01, 0x02]) });
    const afterRa = scepCaMaterialOf(renewedRa);
    expect(afterRa).not.toBe(before);
    expect(afterRa?.ra.certificateDer).toEqual(renewedRa.raCertificateDer);
    const afterKey = scepCaMaterialOf(reread(renewedRa, { raKeyUri: 'software:ra-2' }));
    expect(afterKey).not.toBe(afterRa);
    expect(scepCaMaterialOf(reread(renewedRa, { raKeyUri: 'software:ra-2', certificateDer: new Uint8Array([1]) }))).not.toBe(afterKey);
  });

  it('has no material for a CA without an RA', () => {
    expect(scepCaMaterialOf(reread(row, { id: crypto.randomUUID(), raKeyUri: null, raCertificateDer: null }))).toBeUndefined();
  });
});
