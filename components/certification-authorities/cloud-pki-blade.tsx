'use client';
import * as React from 'react';
import { BuildingMultiple24Regular } from '@fluentui/react-icons';
import { Blade } from '@/components/shell/blade';
import { TenantAdministrationMenu } from '@/components/tenant-administration/tenant-administration-menu';

/** Tenant administration with Cloud PKI selected in its menu: the frame of the CA list and its loading state. */
export function CloudPkiBlade({ commandBar, children }: { commandBar: React.ReactNode; children: React.ReactNode }) {
  return (
    <Blade
      breadcrumb={[{ label: 'Home', href: '/' }]}
      title="Tenant administration | Cloud PKI"
      icon={<BuildingMultiple24Regular />}
      menu={<TenantAdministrationMenu />}
      commandBar={commandBar}
    >
      {children}
    </Blade>
  );
}
