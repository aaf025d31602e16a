import {
  BuildingMultiple20Regular,
  Home20Regular,
  People20Regular,
  Person20Regular,
  PhoneLaptop20Regular,
  type FluentIcon,
} from '@fluentui/react-icons';

export interface NavEntry {
  label: string;
  href: string;
  icon: FluentIcon;
  /** Path prefix that marks the entry as current; Home matches only "/". */
  section: string;
}

// The admin center's order. Dashboard, Apps, Endpoint security, Reports … are left out until their blades exist:
// an absent entry is better than a dead link.
export const NAV_ENTRIES: readonly NavEntry[] = [
  { label: 'Home', href: '/', icon: Home20Regular, section: '/' },
  { label: 'Devices', href: '/devices', icon: PhoneLaptop20Regular, section: '/devices' },
  { label: 'Users', href: '/users', icon: Person20Regular, section: '/users' },
  { label: 'Groups', href: '/groups', icon: People20Regular, section: '/groups' },
  {
    label: 'Tenant administration',
    href: '/tenant-administration/cloud-pki',
    icon: BuildingMultiple20Regular,
    section: '/tenant-administration',
  },
];

export function isCurrentSection(entry: NavEntry, pathname: string): boolean {
  return entry.section === '/' ? pathname === '/' : pathname === entry.section || pathname.startsWith(`${entry.section}/`);
}
