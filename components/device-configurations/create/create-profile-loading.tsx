'use client';
import { Spinner } from '@fluentui/react-components';
import { Certificate24Regular } from '@fluentui/react-icons';
import { Blade } from '@/components/shell/blade';
import { CONFIGURATION_BREADCRUMB } from '../device-configuration-paths';

/** The create route's loading.tsx (without it the list's grid skeleton would stand in). */
export function CreateProfileLoading() {
  return (
    <Blade breadcrumb={CONFIGURATION_BREADCRUMB} title="Create a profile" icon={<Certificate24Regular />}>
      <Spinner label="Loading the wizard…" />
    </Blade>
  );
}
