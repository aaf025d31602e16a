'use client';
import { Subtitle2 } from '@fluentui/react-components';
import { profileTypeOfOdataType } from '@/lib/deployment/platforms';
import type { GraphDeviceConfiguration, GraphScepProfile } from '../graph-device-configuration';
import { ScepProperties } from './scep-properties';
import { TrustedCertificateProperties } from './trusted-certificate-properties';
import { useProfileDetailStyles } from './detail.styles';

/** Properties: every configuration setting of the profile. */
export function ProfileProperties({ profile }: { profile: GraphDeviceConfiguration }) {
  const styles = useProfileDetailStyles();
  const type = profileTypeOfOdataType(profile['@odata.type']);
  return (
    <section className={styles.section} aria-labelledby="properties-heading">
      <Subtitle2 as="h2" id="properties-heading" className={styles.heading}>
        Properties
      </Subtitle2>
      {type?.kind === 'scep' ? (
        <ScepProperties profile={profile as GraphScepProfile} platform={type.platform} />
      ) : type?.kind === 'trustedCertificate' ? (
        <TrustedCertificateProperties profile={profile} />
      ) : (
        <span className={styles.muted}>This portal shows the settings of trusted certificate and SCEP certificate profiles only.</span>
      )}
    </section>
  );
}
