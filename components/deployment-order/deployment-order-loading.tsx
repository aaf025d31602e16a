'use client';
import { Spinner } from '@fluentui/react-components';
import { TaskListLtr24Regular } from '@fluentui/react-icons';
import { Blade } from '@/components/shell/blade';
import { CLOUD_PKI_BREADCRUMB } from '@/components/certification-authorities/certification-authority-paths';

/** The route's loading.tsx: without it the CA detail's skeleton would stand in. */
export function DeploymentOrderLoading() {
  return (
    <Blade breadcrumb={CLOUD_PKI_BREADCRUMB} title="Deployment order" icon={<TaskListLtr24Regular />}>
      <Spinner size="small" label="Loading…" />
    </Blade>
  );
}
