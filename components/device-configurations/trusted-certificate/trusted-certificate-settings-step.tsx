'use client';
import { Field, MessageBar, MessageBarBody, Radio, RadioGroup, Select } from '@fluentui/react-components';
import { useFormContext, useWatch } from 'react-hook-form';
import { RouterLink } from '@/components/router-link';
import { CREATE_CERTIFICATION_AUTHORITY_PATH } from '@/components/certification-authorities/certification-authority-paths';
import { TYPE_LABELS } from '@/components/certification-authorities/certification-authority-format';
import type { Platform } from '@/lib/deployment/platforms';
import {
  DEPLOYMENT_CHANNEL_LABELS,
  DEPLOYMENT_CHANNELS,
  DESTINATION_STORE_LABELS,
  DESTINATION_STORES,
} from '@/lib/schemas/device-configuration/trusted-certificate-profile';
import { fieldError } from '../wizard/form-error';
import type { ProfileWizardData } from '../wizard/use-profile-wizard-data';
import { useProfileWizardStyles } from '../wizard/profile-wizard.styles';
import { CertificateDetailsList } from './certificate-details-list';
import { CertificateFileField } from './certificate-file-field';
import type { TrustedCertificateFormValues } from './trusted-certificate-form';
import type { CertificateSourceState } from './use-certificate-source';

interface TrustedCertificateSettingsStepProps {
  platform: Platform;
  data: ProfileWizardData;
  source: CertificateSourceState;
}

/** Configuration settings: the CA certificate (from a Cloud PKI CA or a file) and the platform's own setting. */
export function TrustedCertificateSettingsStep({ platform, data, source }: TrustedCertificateSettingsStepProps) {
  const styles = useProfileWizardStyles();
  const { register, control, formState } = useFormContext<TrustedCertificateFormValues>();
  const certFileName = useWatch({ control, name: 'certFileName' });
  const certificateError = fieldError(formState.errors, 'trustedRootCertificate');
  const cas = data.certificationAuthorities;

  return (
    <div className={styles.section}>
      <Field label="Certificate source">
        <RadioGroup value={source.source} onChange={(_, change) => source.setSource(change.value === 'file' ? 'file' : 'cloudPki')} layout="horizontal">
          <Radio value="cloudPki" label="Cloud PKI" />
          <Radio value="file" label="File upload" />
        </RadioGroup>
      </Field>
      {source.source === 'cloudPki' ? (
        <>
          {data.certificationAuthoritiesFailure && (
            <MessageBar intent="error">
              <MessageBarBody>The CAs couldn’t be loaded: {data.certificationAuthoritiesFailure.message}</MessageBarBody>
            </MessageBar>
          )}
          {!data.isLoadingCertificationAuthorities && cas.length === 0 && (
            <MessageBar intent="warning">
              <MessageBarBody>
                This tenant has no CA yet. <RouterLink href={CREATE_CERTIFICATION_AUTHORITY_PATH}>Create a certification authority</RouterLink>{' '}
                or upload a certificate file.
              </MessageBarBody>
            </MessageBar>
          )}
          <Field
            label="Cloud PKI certificate authority"
            required
            hint="Create one profile per CA certificate: one for the root CA and one for the issuing CA."
            validationMessage={certificateError ? 'Select a certificate authority' : undefined}
          >
            <Select value={source.caId ?? ''} onChange={(_, change) => source.chooseCa(change.value || undefined)}>
              <option value="">{data.isLoadingCertificationAuthorities ? 'Loading CAs…' : 'Select a certificate authority'}</option>
              {cas.map((ca) => (
                <option key={ca.id} value={ca.id}>
                  {ca.displayName} ({TYPE_LABELS[ca.cloudCertificationAuthorityType]} CA, CN: {ca.commonName})
                </option>
              ))}
            </Select>
          </Field>
        </>
      ) : (
        <CertificateFileField fileName={source.fileName} validationMessage={source.fileError ?? certificateError} onFile={(file) => void source.chooseFile(file)} />
      )}
      {source.details && <CertificateDetailsList details={source.details} fileName={certFileName} />}
      {platform === 'windows' && (
        <Field label="Destination store" required validationMessage={fieldError(formState.errors, 'destinationStore')}>
          <Select {...register('destinationStore')}>
            {DESTINATION_STORES.map((store) => (
              <option key={store} value={store}>
                {DESTINATION_STORE_LABELS[store]}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {platform === 'macOS' && (
        <Field label="Deployment channel" required validationMessage={fieldError(formState.errors, 'deploymentChannel')}>
          <Select {...register('deploymentChannel')}>
            {DEPLOYMENT_CHANNELS.map((channel) => (
              <option key={channel} value={channel}>
                {DEPLOYMENT_CHANNEL_LABELS[channel]}
              </option>
            ))}
          </Select>
        </Field>
      )}
    </div>
  );
}
