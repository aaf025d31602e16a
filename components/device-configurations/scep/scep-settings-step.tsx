'use client';
import { MessageBar, MessageBarBody, Subtitle2 } from '@fluentui/react-components';
import type { Platform } from '@/lib/deployment/platforms';
import type { ProfileWizardData } from '../wizard/use-profile-wizard-data';
import { useProfileWizardStyles } from '../wizard/profile-wizard.styles';
import { CertificateAccessField } from './certificate-access-field';
import { CertificateTypeFields } from './certificate-type-fields';
import { ExtendedKeyUsagesField } from './extended-key-usages-field';
import { KeyFields } from './key-fields';
import { MacOSPrivateKeyAccessField } from './macos-private-key-access-field';
import { RenewalThresholdField } from './renewal-threshold-field';
import { RootCertificateField } from './root-certificate-field';
import { ScepCaCheckMessage } from './scep-ca-check-message';
import { ScepServerProblemsContext } from './scep-field-messages';
import { ScepServerUrlField } from './scep-server-url-field';
import { SubjectAlternativeNamesField } from './subject-alternative-names-field';
import type { ScepChain } from './use-scep-chain';
import type { ScepValidation } from './use-scep-validation';
import { ValidityPeriodField } from './validity-period-field';

interface ScepSettingsStepProps {
  platform: Platform;
  data: ProfileWizardData;
  chain: ScepChain;
  validation: ScepValidation;
}

/** Configuration settings of a SCEP certificate profile, in the portal's order. */
export function ScepSettingsStep({ platform, data, chain, validation }: ScepSettingsStepProps) {
  const styles = useProfileWizardStyles();
  return (
    <ScepServerProblemsContext.Provider value={validation.problems}>
      <ScepCaCheckMessage validation={validation} issuingCa={chain.issuingCa} />
      {data.profilesFailure && (
        <MessageBar intent="error">
          <MessageBarBody>The trusted certificate profiles couldn’t be loaded: {data.profilesFailure.message}</MessageBarBody>
        </MessageBar>
      )}
      <section className={styles.section} aria-labelledby="scep-certificate-heading">
        <Subtitle2 as="h2" id="scep-certificate-heading" className={styles.heading}>
          Certificate
        </Subtitle2>
        <CertificateTypeFields platform={platform} />
        <SubjectAlternativeNamesField />
        <ValidityPeriodField />
        <KeyFields platform={platform} />
        <RootCertificateField platform={platform} chain={chain} isLoading={data.isLoadingProfiles} />
        <ExtendedKeyUsagesField />
      </section>
      <section className={styles.section} aria-labelledby="scep-enrollment-heading">
        <Subtitle2 as="h2" id="scep-enrollment-heading" className={styles.heading}>
          Enrollment Settings
        </Subtitle2>
        <RenewalThresholdField />
        <ScepServerUrlField certificationAuthorities={data.certificationAuthorities} chain={chain} />
        {platform === 'macOS' && <MacOSPrivateKeyAccessField />}
      </section>
      {platform === 'androidEnterprise' && <CertificateAccessField />}
    </ScepServerProblemsContext.Provider>
  );
}
