'use client';
import * as React from 'react';
import { BuildingMultiple24Regular } from '@fluentui/react-icons';
import { HOME_BREADCRUMB } from '@/components/directory/directory-paths';
import { Blade } from '@/components/shell/blade';
import { TenantAdministrationMenu } from '@/components/tenant-administration/tenant-administration-menu';

/** Tenant administration with Scope tags selected in its menu: the frame of the list and its loading state. */
export function ScopeTagsBlade({ commandBar, children }: { commandBar?: React.ReactNode; children: React.ReactNode }) {
  return (
    <Blade
      breadcrumb={HOME_BREADCRUMB}
      title="Tenant administration | Scope tags"
      icon={<BuildingMultiple24Regular />}
      menu={<TenantAdministrationMenu />}
      commandBar={commandBar}
    >
      {children}
    </Blade>
  );
}
