'use client';
import * as React from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { certificateFileName } from '@/components/certification-authorities/detail/certificate-files';
import type { GraphCloudCertificationAuthority } from '@/lib/graph/cloud-certification-authority';
import type { Platform } from '@/lib/deployment/platforms';
import { readCertificateDetails, type CertificateDetails } from './certificate-details';
import type { TrustedCertificateFormValues } from './trusted-certificate-form';

export type CertificateSource = 'cloudPki' | 'file';

type Form = UseFormReturn<TrustedCertificateFormValues, unknown, TrustedCertificateFormValues>;

/**
 * Where the profile's certificate comes from — a Cloud PKI CA of this tenant or an uploaded file — and what the
 * wizard learnt about it. It fills `trustedRootCertificate` and `certFileName`; it lives in the wizard so the
 * choice survives leaving the Configuration settings tab.
 */
export function useCertificateSource(form: Form, platform: Platform, certificationAuthorities: readonly GraphCloudCertificationAuthority[], initialCaId: string | undefined) {
  const [source, setSourceState] = React.useState<CertificateSource>('cloudPki');
  const [caId, setCaId] = React.useState<string>();
  const [fileName, setFileName] = React.useState<string>();
  const [fileError, setFileError] = React.useState<string>();
  const [details, setDetails] = React.useState<CertificateDetails>();

  const setCertificate = (base64Der: string | undefined, name: string | undefined) => {
    const shouldValidate = form.formState.isSubmitted || form.getFieldState('trustedRootCertificate').isTouched;
    form.setValue('trustedRootCertificate', base64Der, { shouldDirty: true, shouldValidate, shouldTouch: true });
    form.setValue('certFileName', name ?? null, { shouldDirty: true });
  };

  const describe = async (base64: string) => {
    const read = await readCertificateDetails(base64);
    setDetails(read.ok ? read.details : undefined);
  };

  const chooseCa = (id: string | undefined) => {
    const ca = certificationAuthorities.find((candidate) => candidate.id === id);
    setCaId(ca?.id);
    // The DER arrives as the data: URI of certificateDownloadUrl; Intune names the file after the CN.
    const base64 = ca?.certificateDownloadUrl.slice(ca.certificateDownloadUrl.indexOf(',') + 1);
    setCertificate(base64, ca ? certificateFileName(ca.commonName, 'cer') : undefined);
    setDetails(undefined);
    if (base64) void describe(base64);
    // Windows keeps CA certificates apart: the root in Root, an issuing CA in Intermediate (Cloud PKI deployment guide).
    if (ca && platform === 'windows') {
      const isRoot = ca.cloudCertificationAuthorityType === 'rootCertificationAuthority';
      form.setValue('destinationStore', isRoot ? 'computerCertStoreRoot' : 'computerCertStoreIntermediate', { shouldDirty: true });
    }
  };

  const chooseFile = async (file: { name: string; base64: string }) => {
    const read = await readCertificateDetails(file.base64);
    setFileName(file.name);
    setFileError(read.ok ? undefined : read.message);
    setDetails(read.ok ? read.details : undefined);
    setCertificate(read.ok ? read.base64Der : undefined, read.ok ? file.name : undefined);
  };

  const setSource = (next: CertificateSource) => {
    setSourceState(next);
    setCaId(undefined);
    setFileName(undefined);
    setFileError(undefined);
    setDetails(undefined);
    setCertificate(undefined, undefined);
  };

  // A link from the deployment order names the CA: choose it as soon as the CAs are known.
  const hasAppliedInitialCa = React.useRef(false);
  React.useEffect(() => {
    if (hasAppliedInitialCa.current || !initialCaId || certificationAuthorities.length === 0) return;
    hasAppliedInitialCa.current = true;
    chooseCa(initialCaId);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- chooseCa is recreated each render; this runs once, when the CAs arrive
  }, [initialCaId, certificationAuthorities]);

  const ca = certificationAuthorities.find((candidate) => candidate.id === caId);
  return { source, setSource, caId, ca, chooseCa, fileName, fileError, chooseFile, details };
}

export type CertificateSourceState = ReturnType<typeof useCertificateSource>;
