'use client';
import * as React from 'react';
import { usePathname } from 'next/navigation';
import { Spinner } from '@fluentui/react-components';
import { LockClosed24Regular } from '@fluentui/react-icons';
import { useAuth } from '@/components/auth/use-auth';
import { DevicesMenu } from '@/components/devices/devices-menu';
import { TenantAdministrationMenu } from '@/components/tenant-administration/tenant-administration-menu';
import { accessRuleOf, type PortalAccessRule } from '@/lib/auth/portal-access';
import { Blade } from './blade';
import { MissingPermissionMessage } from './missing-permission-message';
import { useBladeErrorStyles } from './blade-error.styles';

/**
 * Renders a blade only for a user whose permissions open it; for anyone else, the blade's frame with the missing
 * permission, instead of the 403 its first Graph read would turn into a red error. Until the permissions are
 * known, a spinner: the blade's reads would otherwise start and fail.
 */
export function BladeAccessGate({ children }: { children: React.ReactNode }) {
  const pathname = usePathname();
  const { arePermissionsKnown, hasPermission } = useAuth();
  const styles = useBladeErrorStyles();
  const rule = accessRuleOf(pathname);
  if (!rule) return children;
  if (!arePermissionsKnown) {
    return (
      <div className={styles.root}>
        <Spinner size="small" label="Loading…" />
      </div>
    );
  }
  if (hasPermission(rule.permission)) return children;
  return (
    <Blade breadcrumb={[{ label: 'Home', href: '/' }]} title={rule.title} icon={<LockClosed24Regular />} menu={menuOf(rule)}>
      <MissingPermissionMessage rule={rule} />
    </Blade>
  );
}

function menuOf(rule: PortalAccessRule): React.ReactNode {
  if (rule.action === 'create') return undefined;
  if (rule.path.startsWith('/tenant-administration/')) return <TenantAdministrationMenu />;
  if (rule.path.startsWith('/devices')) return <DevicesMenu />;
  return undefined;
}
