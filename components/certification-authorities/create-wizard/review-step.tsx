'use client';
import { MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Text } from '@fluentui/react-components';
import { useFormContext } from 'react-hook-form';
import { KEY_ALGORITHMS, type TCertificateKeySize } from '@/lib/schemas/certification-authority';
import { PERMISSIONS } from '@/lib/auth/permissions';
import type { GraphFailure } from '@/components/graph/graph-error';
import { STEP_INDEX, type CreateCaFormValues } from './create-certification-authority-form';
import { externalKeySizeLabel, inheritedKeyAlgorithmText } from './key-algorithm-field';
import { ReviewSection } from '@/components/wizard/review-section';
import { useRoleScopeTags } from '@/components/scope-tags/use-role-scope-tags';
import type { ActiveRoots } from './use-active-root-certification-authorities';
import { useReviewStyles } from './review-step.styles';

interface ReviewStepProps {
  roots: ActiveRoots;
  onEdit: (stepIndex: number) => void;
  isCreating: boolean;
  failure: GraphFailure | undefined;
  canCreate: boolean;
}

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : '—');

export function ReviewStep({ roots, onEdit, isCreating, failure, canCreate }: ReviewStepProps) {
  const styles = useReviewStyles();
  const values = useFormContext<CreateCaFormValues>().getValues();
  const { tagNames } = useRoleScopeTags();
  const isIssuing = values.cloudCertificationAuthorityType === 'issuingCertificationAuthority';
  const root = isIssuing ? roots.roots.find((candidate) => candidate.id === values.certificationAuthorityIssuerId) : undefined;
  const isExternal = values.cloudCertificationAuthorityType === 'issuingCertificationAuthorityWithExternalRoot';
  const keySize = isIssuing ? undefined : (values.certificateKeySize as TCertificateKeySize | undefined);
  const years = 'validityPeriodInYears' in values ? values.validityPeriodInYears : undefined;
  const keyText = isIssuing
    ? inheritedKeyAlgorithmText(root)
    : keySize && KEY_ALGORITHMS[keySize]
      ? isExternal
        ? externalKeySizeLabel(keySize)
        : KEY_ALGORITHMS[keySize].label
      : '—';

  return (
    <>
      {!canCreate && (
        <MessageBar intent="warning">
          <MessageBarBody>Creating a CA requires the &apos;{PERMISSIONS['ca.create']}&apos; permission.</MessageBarBody>
        </MessageBar>
      )}
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          The configuration settings of a CA can&apos;t be changed after it&apos;s created. To use other extended key usages or key
          sizes you must create a new CA.
        </MessageBarBody>
      </MessageBar>
      {failure && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>The CA wasn’t created</MessageBarTitle>
            {failure.message}
          </MessageBarBody>
        </MessageBar>
      )}
      {isCreating && (
        <div role="status" className={styles.progress}>
          <Text>Creating CA… Generating an RSA-4096 key can take a few seconds.</Text>
          <ProgressBar aria-label="Creating CA" />
        </div>
      )}
      <ReviewSection
        id="basics"
        title="Basics"
        onEdit={() => onEdit(STEP_INDEX.basics)}
        entries={[
          { label: 'Name', value: text(values.displayName) },
          { label: 'Description', value: text(values.description) },
        ]}
      />
      <ReviewSection
        id="configuration"
        title="Configuration settings"
        onEdit={() => onEdit(STEP_INDEX.configuration)}
        entries={[
          { label: 'CA type', value: isIssuing || isExternal ? 'Issuing CA' : 'Root CA' },
          ...(isExternal ? [{ label: 'Root CA source', value: 'Bring your own root CA' }] : []),
          ...(isIssuing
            ? [
                { label: 'Root CA source', value: 'Intune' },
                { label: 'Root CA', value: root ? `${root.displayName} (CN: ${root.commonName})` : '—' },
              ]
            : []),
          { label: 'Validity period', value: isExternal ? 'Set by your CA when it signs' : years ? `${String(years)} years` : '—' },
          {
            label: 'Extended key usages',
            value: (
              <ul className={styles.ekuList}>
                {(values.extendedKeyUsages ?? []).map((eku) => (
                  <li key={eku.objectIdentifier}>
                    {eku.name} ({eku.objectIdentifier})
                  </li>
                ))}
              </ul>
            ),
          },
          { label: 'Common name (CN)', value: text(values.commonName) },
          { label: 'Organization (O)', value: text(values.organizationName) },
          { label: 'Organizational unit (OU)', value: text(values.organizationUnit) },
          { label: 'Locality (L)', value: text(values.localityName) },
          { label: 'State or province (ST)', value: text(values.stateName) },
          { label: 'Country/region (C)', value: text(values.countryName?.toUpperCase()) },
          { label: isExternal ? 'Key size' : 'Key size and algorithm', value: keyText },
        ]}
      />
      <ReviewSection
        id="scopeTags"
        title="Scope tags"
        onEdit={() => onEdit(STEP_INDEX.scopeTags)}
        entries={[{ label: 'Scope tags', value: text(tagNames(values.roleScopeTagIds ?? [])) }]}
      />
    </>
  );
}
