// What a device check-in works with: the profiles Intune delivers, the state the device kept from
// earlier check-ins, and the ports through which it persists that state, obtains challenges, reaches the SCEP
// service and reports per profile. lib/services/devices binds them to the database and HTTP; tests to memory.
import type { SanType } from '@/lib/schemas/device-configuration/check-subject-alternative-name';
import type { RequesterKey } from '../scep-client/requester-key';
import type { ScepTransport } from '../scep-client/scep-transport';
import type { CertificateVariableSource } from '../resolve-certificate-variables';

export interface DeliveredTrustedCertificate {
  readonly profileId: string;
  readonly certificateDer: Uint8Array;
}

export interface DeliveredScepProfile {
  readonly profileId: string;
  /** Graph `version`: a changed profile is enrolled again. */
  readonly version: number;
  readonly subjectNameFormat: string;
  readonly subjectAlternativeNames: readonly { sanType: SanType; name: string }[];
  readonly keySize: 'size1024' | 'size2048' | 'size4096';
  readonly renewalThresholdPercentage: number;
  /** The SCEP server URL as delivered: {{CloudPKIFQDN}} already resolved. */
  readonly scepServerUrl: string;
}

/** A certificate the device holds from an earlier check-in. */
export interface HeldScepCertificate {
  readonly profileId: string;
  readonly profileVersion: number;
  readonly certificateDer: Uint8Array;
  /** The CA certificates GetCACert returned at enrollment: its chain's intermediates. */
  readonly caCertificatesDer: readonly Uint8Array[];
  /** Revoked by an administrator (the device then gets a new certificate at its next check-in). */
  readonly isRevoked: boolean;
}

export interface DeviceState {
  readonly trustedCertificates: readonly DeliveredTrustedCertificate[];
  readonly scepCertificates: readonly HeldScepCertificate[];
}

export interface CheckInInput {
  readonly device: CertificateVariableSource;
  readonly trustedCertificateProfiles: readonly DeliveredTrustedCertificate[];
  readonly scepProfiles: readonly DeliveredScepProfile[];
  readonly state: DeviceState;
  readonly now: Date;
}

/** A profile's outcome on the device, as the report shows it. */
export interface ProfileReport {
  readonly profileId: string;
  readonly status: 'succeeded' | 'error' | 'pending';
  readonly errorDescription?: string;
  /** SCEP profiles that succeeded: the certificate the device now holds. */
  readonly certificateDer?: Uint8Array;
}

export interface NewScepCertificate {
  readonly profileId: string;
  readonly profileVersion: number;
  readonly key: RequesterKey;
  readonly certificateDer: Uint8Array;
  readonly caCertificatesDer: readonly Uint8Array[];
}

export interface CheckInPorts {
  installTrustedCertificate(certificate: DeliveredTrustedCertificate): Promise<void>;
  removeTrustedCertificates(profileIds: readonly string[]): Promise<void>;
  /** The one-time challenge Intune delivers with a SCEP profile, bound to this device and profile. */
  requestChallenge(profile: DeliveredScepProfile): Promise<string>;
  transportFor(scepServerUrl: string): ScepTransport;
  saveScepCertificate(certificate: NewScepCertificate): Promise<void>;
  removeScepCertificates(profileIds: readonly string[]): Promise<void>;
  report(report: ProfileReport): Promise<void>;
}
