// Object identifiers of the SCEP message (RFC 8894 §3.2.1, §3.5.2) and of the CMS layers around it
// (RFC 5652 §§3–6, RFC 3565 for AES, RFC 3370 for 3DES, RFC 4055 for OAEP).

/** RFC 8894 §3.2.1: the SCEP authenticated attributes, under id-VeriSign pki attributes. */
export const SCEP_ATTRIBUTE = {
  messageType: '2.16.840.1.113733.1.9.2',
  pkiStatus: '2.16.840.1.113733.1.9.3',
  failInfo: '2.16.840.1.113733.1.9.4',
  senderNonce: '2.16.840.1.113733.1.9.5',
  recipientNonce: '2.16.840.1.113733.1.9.6',
  transactionId: '2.16.840.1.113733.1.9.7',
  /** RFC 8894 §3.2.1.4.4: free-text reason next to failInfo. */
  failInfoText: '1.3.6.1.5.5.7.24.1',
} as const;

/** RFC 5652 §11 signed attributes every SignerInfo with signedAttrs carries. */
export const CMS_ATTRIBUTE = {
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
} as const;

export const CONTENT_TYPE = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  envelopedData: '1.2.840.113549.1.7.3',
} as const;

/** PKCS#9 challengePassword, the CSR attribute SCEP authenticates PKCSReq with (RFC 8894 §2.2). */
export const CHALLENGE_PASSWORD = '1.2.840.113549.1.9.7';

export const RSA_ENCRYPTION = '1.2.840.113549.1.1.1';
export const RSAES_OAEP = '1.2.840.113549.1.1.7';
export const MGF1 = '1.2.840.113549.1.1.8';

export const DIGEST_ALGORITHM = {
  md5: '1.2.840.113549.2.5',
  sha1: '1.3.14.3.2.26',
  sha256: '2.16.840.1.101.3.4.2.1',
  sha384: '2.16.840.1.101.3.4.2.2',
  sha512: '2.16.840.1.101.3.4.2.3',
} as const;

export const CONTENT_ENCRYPTION_ALGORITHM = {
  aes128Cbc: '2.16.840.1.101.3.4.1.2',
  aes192Cbc: '2.16.840.1.101.3.4.1.22',
  aes256Cbc: '2.16.840.1.101.3.4.1.42',
  desEde3Cbc: '1.2.840.113549.3.7',
  desCbc: '1.3.14.3.2.7',
  rc2Cbc: '1.2.840.113549.3.2',
} as const;
