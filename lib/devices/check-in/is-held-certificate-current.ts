// Whether a certificate the device holds still serves its SCEP profile: same profile version,
// not revoked, and more of its lifetime left than the renewal threshold (renewalThresholdPercentage).
// Otherwise the device enrolls again with a new key pair.
import { x509 } from '@/lib/pki/x509';
import type { DeliveredScepProfile, HeldScepCertificate } from './check-in-ports';

export function isHeldCertificateCurrent(held: HeldScepCertificate, profile: DeliveredScepProfile, now: Date): boolean {
  if (held.isRevoked || held.profileVersion !== profile.version) return false;
  const certificate = new x509.X509Certificate(new Uint8Array(held.certificateDer));
  const notBefore = certificate.notBefore.getTime();
  const notAfter = certificate.notAfter.getTime();
  const remaining = notAfter - now.getTime();
  return remaining > ((notAfter - notBefore) * profile.renewalThresholdPercentage) / 100;
}
