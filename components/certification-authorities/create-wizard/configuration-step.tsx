'use client';
import { Subtitle2 } from '@fluentui/react-components';
import { useFormContext, useWatch } from 'react-hook-form';
import { EKU_PRESETS } from '@/lib/schemas/extended-key-usage';
import type { GraphCloudCertificationAuthority } from '@/lib/graph/cloud-certification-authority';
import { DEFAULT_ROOT_EXTENDED_KEY_USAGES, type CreateCaFormValues } from './create-certification-authority-form';
import { CertificationAuthorityTypeFields } from './certification-authority-type-fields';
import { ExtendedKeyUsagesField } from './extended-key-usages-field';
import { fitsWithinRoot } from './issuing-validity';
import { KeyAlgorithmField } from './key-algorithm-field';
import { SubjectFields } from './subject-fields';
import type { ActiveRoots } from './use-active-root-certification-authorities';
import type { ExtendedKeyUsageRows } from './use-extended-key-usage-rows';
import { ValidityPeriodField } from './validity-period-field';
import { useCreateWizardStyles } from './create-wizard.styles';

interface ConfigurationStepProps {
  roots: ActiveRoots;
  ekuRows: ExtendedKeyUsageRows;
}

export function ConfigurationStep({ roots, ekuRows }: ConfigurationStepProps) {
  const styles = useCreateWizardStyles();
  const { control, getValues, setValue, resetField } = useFormContext<CreateCaFormValues>();
  const type = useWatch({ control, name: 'cloudCertificationAuthorityType' });
  const rootId = useWatch({ control, name: 'certificationAuthorityIssuerId' });
  const isIssuing = type === 'issuingCertificationAuthority';
  const isExternal = type === 'issuingCertificationAuthorityWithExternalRoot';
  const root = isIssuing ? roots.roots.find((candidate) => candidate.id === rootId) : undefined;

  // Validity choices and EKUs differ between root and issuing CAs, so a type change starts them over.
  const onTypeChange = (nextType: CreateCaFormValues['cloudCertificationAuthorityType']) => {
    setValue('validityPeriodInYears', undefined);
    resetField('certificateKeySize');
    // A root and a BYOCA choose EKUs freely; start both from the usual pair.
    if (nextType !== 'issuingCertificationAuthority') {
      ekuRows.replaceAll(DEFAULT_ROOT_EXTENDED_KEY_USAGES);
      return;
    }
    const chosenRoot = roots.roots.find((candidate) => candidate.id === getValues('certificationAuthorityIssuerId'));
    ekuRows.replaceAll(chosenRoot?.extendedKeyUsages ?? []);
  };

  // An issuing CA's EKUs are bounded by its root's and its end date by the root's: keep the EKUs that still fit
  // (or offer all of the root's), and drop a validity the new root can't cover.
  const onRootChange = (nextRoot: GraphCloudCertificationAuthority | undefined) => {
    const rootOids = new Set(nextRoot?.extendedKeyUsages.map((eku) => eku.objectIdentifier));
    const kept = getValues('extendedKeyUsages').filter((eku) => rootOids.has(eku.objectIdentifier));
    ekuRows.replaceAll(kept.length > 0 ? kept : (nextRoot?.extendedKeyUsages ?? []));
    const years = Number(getValues('validityPeriodInYears'));
    if (nextRoot && years && !fitsWithinRoot(years, nextRoot)) setValue('validityPeriodInYears', undefined);
  };

  return (
    <>
      <section className={styles.section} aria-labelledby="ca-heading">
        <Subtitle2 as="h2" id="ca-heading" className={styles.heading}>
          Certification authority
        </Subtitle2>
        <CertificationAuthorityTypeFields
          isIssuing={isIssuing}
          isExternal={isExternal}
          roots={roots}
          onTypeChange={onTypeChange}
          onRootChange={onRootChange}
        />
        {/* A BYOCA's validity is set by the external signer. */}
        {!isExternal && <ValidityPeriodField isIssuing={isIssuing} root={root} />}
      </section>
      <ExtendedKeyUsagesField
        rows={ekuRows}
        offered={isIssuing ? (root?.extendedKeyUsages ?? []) : EKU_PRESETS}
        allowCustom={!isIssuing}
        description={
          isExternal
            ? 'Certificates issued by this CA can only carry the extended key usages chosen here; your CA must sign them into its certificate.'
            : isIssuing
            ? root
              ? 'An issuing CA can only use extended key usages that its root CA has.'
              : 'Choose the root CA first: an issuing CA can only use extended key usages that its root CA has.'
            : 'Certificates issued under this root can only carry the extended key usages chosen here.'
        }
      />
      <SubjectFields />
      <section className={styles.section} aria-labelledby="encryption-heading">
        <Subtitle2 as="h2" id="encryption-heading" className={styles.heading}>
          Encryption
        </Subtitle2>
        <KeyAlgorithmField isIssuing={isIssuing} isExternal={isExternal} root={root} />
      </section>
    </>
  );
}
