'use client';
import { Field, Select } from '@fluentui/react-components';
import { useFormContext } from 'react-hook-form';
import { RouterLink } from '@/components/router-link';
import type { Platform } from '@/lib/deployment/platforms';
import { createProfilePath } from '../device-configuration-paths';
import { shortLabelWithArticle } from '../profile-platforms';
import type { ScepFormValues } from './scep-form';
import { useScepFieldMessage } from './scep-field-messages';
import type { ScepChain } from './use-scep-chain';
import { useScepStyles } from './scep.styles';

/** Root Certificate: a trusted certificate profile of the same platform that holds the root CA. */
export function RootCertificateField({ platform, chain, isLoading }: { platform: Platform; chain: ScepChain; isLoading: boolean }) {
  const styles = useScepStyles();
  const { register } = useFormContext<ScepFormValues>();
  const message = useScepFieldMessage('rootCertificateId');
  const createTrust = createProfilePath({ platform, kind: 'trustedCertificate', caId: chain.rootCa?.id });
  const holderIds = new Set(chain.rootHolders.map((profile) => profile.id));
  const hint = chain.rootCa
    ? `Choose the profile with the certificate of '${chain.rootCa.displayName}', the root CA of the issuing CA in the SCEP URL.`
    : 'Choose the trusted certificate profile of the root CA that the issuing CA chains to.';

  return (
    <Field label="Root Certificate" required hint={hint} validationMessage={message}>
      {(fieldProps) => (
        <div className={styles.addRow}>
          <Select {...fieldProps} {...register('rootCertificateId')} className={styles.grow}>
            <option value="">{isLoading ? 'Loading profiles…' : 'Select a certificate'}</option>
            {chain.trustProfiles.map((profile) => (
              <option key={profile.id} value={profile.id}>
                {profile.displayName}
                {holderIds.has(profile.id) ? ` (root CA ${chain.rootCa?.commonName ?? ''})` : ''}
              </option>
            ))}
          </Select>
          {!isLoading && (chain.trustProfiles.length === 0 || (chain.rootCa && chain.rootHolders.length === 0)) && (
            <RouterLink href={createTrust}>Create {shortLabelWithArticle(platform)} trusted certificate profile</RouterLink>
          )}
        </div>
      )}
    </Field>
  );
}
