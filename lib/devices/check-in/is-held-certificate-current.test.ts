import { describe, expect, it } from 'vitest';
import { createTestKey, createTestPki, issueCertificate } from '@/lib/scep/scep-test-pki.test-helpers';
import type { DeliveredScepProfile, HeldScepCertificate } from './check-in-ports';
import { isHeldCertificateCurrent } from './is-held-certificate-current';

const DAY = 86_400_000;
const start = new Date('2026-01-01T00:00:00Z');
const profile = { version: 3, renewalThresholdPercentage: 20 } as DeliveredScepProfile;

describe('isHeldCertificateCurrent', async () => {
  const pki = await createTestPki();
  const key = await createTestKey();
  // 100 days of validity: with a 20 % threshold the device renews from day 80 on.
  const certificate = await issueCertificate(pki.issuing, 'CN=device', key.cryptoKeys.publicKey, { notBefore: start, notAfter: new Date(start.getTime() + 100 * DAY) });
  const held: HeldScepCertificate = { profileId: 'p', profileVersion: 3, certificateDer: new Uint8Array(certificate.rawData), caCertificatesDer: [], isRevoked: false };
  const on = (day: number) => new Date(start.getTime() + day * DAY);

  it.each([
    ['early in its life', held, on(10), true],
    ['just before the renewal threshold', held, on(79), true],
    ['inside the renewal threshold', held, on(81), false],
    ['expired', held, on(101), false],
    ['revoked', { ...held, isRevoked: true }, on(10), false],
    ['issued for an older profile version', { ...held, profileVersion: 2 }, on(10), false],
  ])('%s → %s', (_label, candidate, now, expected) => {
    expect(isHeldCertificateCurrent(candidate, profile, now)).toBe(expected);
  });
});
