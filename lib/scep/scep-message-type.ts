// SCEP message vocabulary (RFC 8894 §3.2.1.2–§3.2.1.4): message types, pkiStatus and failInfo values,
// which travel as decimal numbers in PrintableString attributes.

/** RFC 8894 §3.2.1.2 messageType values. */
export const MESSAGE_TYPE = {
  CertRep: 3,
  RenewalReq: 17,
  PKCSReq: 19,
  CertPoll: 20,
  GetCert: 21,
  GetCRL: 22,
} as const;

export type ScepMessageTypeName = keyof typeof MESSAGE_TYPE;

/** RFC 8894 §3.2.1.3 pkiStatus values. */
export const PKI_STATUS = { SUCCESS: 0, FAILURE: 2, PENDING: 3 } as const;

/** RFC 8894 §3.2.1.4 failInfo values. */
export const FAIL_INFO = { badAlg: 0, badMessageCheck: 1, badRequest: 2, badTime: 3, badCertId: 4 } as const;

export type FailInfo = keyof typeof FAIL_INFO;

export function messageTypeName(value: number): ScepMessageTypeName | undefined {
  return (Object.keys(MESSAGE_TYPE) as ScepMessageTypeName[]).find((name) => MESSAGE_TYPE[name] === value);
}
