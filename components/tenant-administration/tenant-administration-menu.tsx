'use client';
import { Certificate20Regular, ClipboardTextLtr20Regular, Key20Regular, Tag20Regular } from '@fluentui/react-icons';
import { BladeMenu } from '@/components/shell/blade-menu';

// Intune's menu also has Status, Roles …; they join as their blades are built.
const SECTIONS = [
  {
    title: 'Tenant administration',
    entries: [
      { label: 'Audit logs', href: '/tenant-administration/audit-logs', icon: ClipboardTextLtr20Regular },
      { label: 'Cloud PKI', href: '/tenant-administration/cloud-pki', icon: Certificate20Regular },
      { label: 'Licenses', href: '/tenant-administration/licenses', icon: Key20Regular },
      { label: 'Scope tags', href: '/tenant-administration/scope-tags', icon: Tag20Regular },
    ],
  },
] as const;

export function TenantAdministrationMenu() {
  return <BladeMenu label="Tenant administration" sections={SECTIONS} />;
}
