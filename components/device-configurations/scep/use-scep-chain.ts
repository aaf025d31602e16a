'use client';
import * as React from 'react';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import type { Platform } from '@/lib/deployment/platforms';
import type { ProfileWizardData } from '../wizard/use-profile-wizard-data';
import { issuingCaOfUrl, profilesHolding, rootCaOf, trustProfilesOf } from './scep-chain';
import type { ScepFormValues } from './scep-form';

type Form = UseFormReturn<ScepFormValues, unknown, Record<string, unknown>>;

/**
 * The issuing CA behind the SCEP URL, its root, and the trusted certificate profiles that could be the Root
 * Certificate. Choosing an issuing CA fills the URL verbatim (with {{CloudPKIFQDN}}) and, while none is chosen,
 * the Root Certificate with a profile holding its root — as does a `caId` from a deployment-order link.
 */
export function useScepChain(form: Form, platform: Platform, data: ProfileWizardData, initialCaId: string | undefined) {
  const url = useWatch({ control: form.control, name: 'scepServerUrls.0' });
  const cas = data.certificationAuthorities;
  const trustProfiles = React.useMemo(() => trustProfilesOf(platform, data.profiles), [platform, data.profiles]);
  const issuingCa = issuingCaOfUrl(url, cas);
  const rootCa = rootCaOf(issuingCa, cas);
  const rootHolders = profilesHolding(rootCa, trustProfiles);

  const chooseIssuingCa = React.useCallback(
    (caId: string) => {
      const ca = cas.find((candidate) => candidate.id === caId);
      if (!ca?.scepServerUrl) return;
      form.setValue('scepServerUrls.0', ca.scepServerUrl, { shouldDirty: true, shouldTouch: true, shouldValidate: true });
      const [holder] = profilesHolding(rootCaOf(ca, cas), trustProfiles);
      if (holder && !form.getValues('rootCertificateId')) {
        form.setValue('rootCertificateId', holder.id, { shouldDirty: true, shouldValidate: true });
      }
    },
    [cas, trustProfiles, form],
  );

  // A deployment-order link names the issuing CA: apply it once the CAs and profiles are known.
  const hasAppliedInitialCa = React.useRef(false);
  React.useEffect(() => {
    if (hasAppliedInitialCa.current || !initialCaId || data.isLoadingCertificationAuthorities || data.isLoadingProfiles) return;
    hasAppliedInitialCa.current = true;
    chooseIssuingCa(initialCaId);
  }, [initialCaId, data.isLoadingCertificationAuthorities, data.isLoadingProfiles, chooseIssuingCa]);

  return { issuingCa, rootCa, rootHolders, trustProfiles, chooseIssuingCa };
}

export type ScepChain = ReturnType<typeof useScepChain>;
