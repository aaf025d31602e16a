'use client';
import { Spinner } from '@fluentui/react-components';
import { Certificate24Regular } from '@fluentui/react-icons';
import { Blade } from '@/components/shell/blade';
import { CLOUD_PKI_BREADCRUMB } from '../certification-authority-paths';

/** The create route's loading.tsx (without it the Cloud PKI list's grid skeleton would stand in). */
export function CreateCertificationAuthorityWizardLoading() {
  return (
    <Blade breadcrumb={CLOUD_PKI_BREADCRUMB} title="Create certification authority" icon={<Certificate24Regular />}>
      <Spinner label="Loading the wizard…" />
    </Blade>
  );
}
