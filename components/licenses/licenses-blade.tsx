'use client';
import * as React from 'react';
import { BuildingMultiple24Regular } from '@fluentui/react-icons';
import { HOME_BREADCRUMB } from '@/components/directory/directory-paths';
import { Blade } from '@/components/shell/blade';
import { TenantAdministrationMenu } from '@/components/tenant-administration/tenant-administration-menu';

/** Tenant administration with Licenses selected in its menu: the frame of the license view and its loading state. */
export function LicensesBlade({ commandBar, children }: { commandBar?: React.ReactNode; children: React.ReactNode }) {
  return (
    <Blade
      breadcrumb={HOME_BREADCRUMB}
      title="Tenant administration | Licenses"
      icon={<BuildingMultiple24Regular />}
      menu={<TenantAdministrationMenu />}
      commandBar={commandBar}
    >
      {children}
    </Blade>
  );
}
