// The issuance port the SCEP handler calls (docs/architecture.md › Layers and folders: lib/scep depends on a port, not on the
// DB). The service behind it checks the challenge, the profile and revocation, and issues; refusals
// come back as FAILURE results that become CertRep replies (RFC 8894 §3.3.2.2), never HTTP errors.
import type { ParsedCertificationRequest } from '@/lib/pki/parse-certification-request';
import type { RegistrationAuthority } from './registration-authority';
import type { FailInfo } from './scep-message-type';

export type EnrollmentResult =
  | { readonly status: 'SUCCESS'; readonly certificateDer: Uint8Array }
  /** `reason` is sent to the client as failInfoText (RFC 8894 §3.2.1.4.4): keep secrets out of it. */
  | { readonly status: 'FAILURE'; readonly failInfo: FailInfo; readonly reason: string }
  | { readonly status: 'PENDING' };

export interface EnrollmentRequest {
  readonly messageType: 'PKCSReq' | 'RenewalReq';
  readonly isRenewal: boolean;
  /** RFC 8894 §3.2.1.1: chosen by the client, stable across polls of the same request. */
  readonly transactionId: string;
  /**
   * The PKCS#10 request, parsed once: its self-signature is already verified and its challengePassword (PKCS#9) read
   * leniently, undefined when the CSR has none. Plain data, so it can cross to and from a worker thread.
   */
  readonly csr: ParsedCertificationRequest;
  /**
   * The certificate that signed the message: self-signed for a first PKCSReq. For RenewalReq it is
   * already verified as issued by this issuing CA and currently valid; revocation is the service's check.
   */
  readonly signerCertificateDer: Uint8Array;
}

export interface PollRequest {
  readonly transactionId: string;
  readonly signerCertificateDer: Uint8Array;
}

export interface CaCertificates {
  readonly issuing: Uint8Array;
  /** The issuing CA's issuers, nearest first, up to and including the self-signed root. */
  readonly issuers: readonly Uint8Array[];
}

export interface ScepAuthority {
  readonly ra: RegistrationAuthority;
  getCaCertificates(): Promise<CaCertificates>;
  enroll(request: EnrollmentRequest): Promise<EnrollmentResult>;
  /** CertPoll (RFC 8894 §3.3.3): the outcome of an earlier PENDING request. */
  poll(request: PollRequest): Promise<EnrollmentResult>;
}
