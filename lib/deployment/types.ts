// The plain-data snapshot the dependency-order checker reads, the change it judges and what it answers.
// Services build the snapshot from the database; nothing here knows where the data came from.
import type { Platform } from './platforms';

export type CertificationAuthorityStatus = 'active' | 'paused' | 'revoked' | 'signingPending' | 'expired' | 'unknown';

export interface CertificationAuthority {
  id: string;
  displayName: string;
  type: 'root' | 'issuing';
  status: CertificationAuthorityStatus;
  /** The root an issuing CA is anchored to (Graph `certificationAuthorityIssuerId`). */
  issuerId?: string;
  /**
   * Bring-your-own-CA (Graph `issuingCertificationAuthorityWithExternalRoot`): the private root from the uploaded
   * chain of trust. It stands in for step 1, and devices must trust it exactly like a Cloud PKI root.
   */
  externalRoot?: { displayName: string; certificateThumbprint: string };
  /** SHA-1 of the CA certificate, any case, with or without separators. */
  certificateThumbprint: string;
}

/** Graph assignment targets. Assignment filters are not evaluated: they need device properties. */
export type AssignmentTarget =
  | { '@odata.type': '#microsoft.graph.groupAssignmentTarget'; groupId: string }
  | { '@odata.type': '#microsoft.graph.exclusionGroupAssignmentTarget'; groupId: string }
  | { '@odata.type': '#microsoft.graph.allLicensedUsersAssignmentTarget' }
  | { '@odata.type': '#microsoft.graph.allDevicesAssignmentTarget' };

export type IncludedAssignmentTarget = Exclude<
  AssignmentTarget,
  { '@odata.type': '#microsoft.graph.exclusionGroupAssignmentTarget' }
>;

export interface TrustedCertificateProfile {
  id: string;
  displayName: string;
  kind: 'trustedCertificate';
  platform: Platform;
  /** Thumbprint of the certificate the profile holds: an uploaded .cer of a CA counts as that CA. */
  certificateThumbprint: string;
  assignments: readonly AssignmentTarget[];
}

export interface ScepProfile {
  id: string;
  displayName: string;
  kind: 'scep';
  platform: Platform;
  /** The issuing CA whose SCEP URI the profile uses; undefined when the URL is not one of this tenant's CAs. */
  issuingCaId?: string;
  /** The trusted-certificate profile selected as Root Certificate (Graph `rootCertificate` navigation). */
  rootCertificateProfileId?: string;
  assignments: readonly AssignmentTarget[];
}

export type DeploymentProfile = TrustedCertificateProfile | ScepProfile;

export interface DirectoryUser {
  id: string;
}

export interface DirectoryDevice {
  id: string;
  platform: Platform;
  primaryUserId?: string;
}

export interface DirectoryGroup {
  id: string;
  displayName: string;
  /** User, device or group ids; groups nest. */
  memberIds: readonly string[];
}

export interface Directory {
  users: readonly DirectoryUser[];
  devices: readonly DirectoryDevice[];
  groups: readonly DirectoryGroup[];
}

export interface DeploymentSnapshot {
  certificationAuthorities: readonly CertificationAuthority[];
  profiles: readonly DeploymentProfile[];
  directory: Directory;
}

/** `POST …/deviceConfigurations/{id}/assign` replaces the whole set; `DELETE …/deviceConfigurations/{id}`. */
export type AssignmentChange =
  | { kind: 'setAssignments'; profileId: string; assignments: readonly AssignmentTarget[] }
  | { kind: 'deleteProfile'; profileId: string };

export type DeploymentStep = 1 | 2 | 3 | 4 | 5;

/** An included target of a SCEP profile with devices that a trust certificate does not reach. */
export interface UncoveredTarget {
  /** The group id, or `allDevices` / `allLicensedUsers` for the two virtual targets. */
  id: string;
  /** The group's displayName, or "All devices" / "All users". */
  displayName: string;
  uncoveredDeviceCount: number;
}

interface ProblemBase {
  step: DeploymentStep;
  /** A human sentence, starting "Step N —", that says what to do. */
  message: string;
  scepProfileId: string;
  platform: Platform;
}

export type Problem =
  | (ProblemBase & { step: 1; code: 'rootCaMissing'; issuingCaId: string })
  | (ProblemBase & { step: 2; code: 'issuingCaMissing' })
  | (ProblemBase & { step: 2; code: 'issuingCaNotActive'; issuingCaId: string; status: CertificationAuthorityStatus })
  | (ProblemBase & { step: 3; code: 'rootTrustProfileMissing' })
  | (ProblemBase & {
      step: 3;
      code: 'rootCertificateMismatch';
      rootCertificateProfileId?: string;
      /** Profiles of the platform that hold the root CA certificate: any of them is a valid Root Certificate. */
      candidateProfileIds: string[];
    })
  | (ProblemBase & { step: 4; code: 'issuingTrustProfileMissing' })
  | (ProblemBase & {
      step: 5;
      code: 'rootTrustCoverage' | 'issuingTrustCoverage';
      /** The trust profiles that hold the certificate; together they leave these devices out. */
      trustProfileIds: string[];
      uncoveredDeviceIds: string[];
      missingGroups: UncoveredTarget[];
    });

export type ProblemCode = Problem['code'];

export interface AssignmentCheck {
  /** True when `problems` is empty. */
  allowed: boolean;
  /** What refuses the change, ordered by step: the graph error names each of them (`formatRefusal`). */
  problems: Problem[];
  /** Problems of the snapshot that this change neither causes nor worsens; shown, never refusing. */
  preexistingProblems: Problem[];
}
