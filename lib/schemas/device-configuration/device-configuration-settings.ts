// The type-specific part of a profile — what the database keeps in `settings` and what the device check-in reads:
// the Graph properties of the type minus the common ones, the certificate bytes and the Root Certificate link.
import type { basicsShape } from './profile-basics';
import type { ROOT_CERTIFICATE_BIND } from './root-certificate-bind';
import type { TScepCertificateProfile } from './scep-certificate-profile';
import type { TTrustedCertificateProfile } from './trusted-certificate-profile';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
type CommonProperty = keyof typeof basicsShape | '@odata.type';

export type TScepProfileSettings = DistributiveOmit<TScepCertificateProfile, CommonProperty | typeof ROOT_CERTIFICATE_BIND>;
export type TTrustedCertificateSettings = DistributiveOmit<TTrustedCertificateProfile, CommonProperty | 'trustedRootCertificate'>;
