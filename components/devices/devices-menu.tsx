'use client';
import { DocumentSettings20Regular, Laptop20Regular } from '@fluentui/react-icons';
import { BladeMenu } from '@/components/shell/blade-menu';

// Intune's Devices menu has more (Compliance, Scripts, Enrollment …); these are the entries this portal serves.
const SECTIONS = [
  {
    title: 'Manage devices',
    entries: [
      { label: 'All devices', href: '/devices', icon: Laptop20Regular },
      { label: 'Configuration', href: '/devices/configuration', icon: DocumentSettings20Regular },
    ],
  },
] as const;

export function DevicesMenu() {
  return <BladeMenu label="Devices" sections={SECTIONS} />;
}
