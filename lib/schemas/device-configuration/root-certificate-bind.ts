// `rootCertificate@odata.bind`: the SCEP profile's Root Certificate, bound by the URL of a trusted
// certificate profile — "https://graph.microsoft.com/beta/deviceManagement/deviceConfigurations('<id>')".
// Relative URLs and the key-as-segment form (".../deviceConfigurations/<id>") are OData spellings of the same thing.

export const ROOT_CERTIFICATE_BIND = 'rootCertificate@odata.bind';

const BIND_PATTERN = /deviceConfigurations(?:\('([^'()/]+)'\)|\/([^/?#()']+))\/?$/i;

/** The trusted certificate profile id a bind URL names, or undefined when it names none. */
export function rootCertificateIdOfBind(bind: string): string | undefined {
  const match = BIND_PATTERN.exec(bind.trim());
  return match?.[1] ?? match?.[2];
}

/** The bind URL for a profile id, as Graph clients write it. */
export function rootCertificateBindOf(profileId: string): string {
  return `https://graph.microsoft.com/beta/deviceManagement/deviceConfigurations('${profileId}')`;
}
