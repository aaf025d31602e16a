import {
  BuildingMultiple20Regular,
  Home20Regular,
  People20Regular,
  Person20Regular,
  PhoneLaptop20Regular,
  type FluentIcon,
} from '@fluentui/react-icons';
import type { Permission } from '@/lib/auth/permissions';
import { firstOpenablePath } from '@/lib/auth/portal-access';

export interface NavEntry {
  label: string;
  /** Where the entry leads: the first of its destinations the user may open. */
  href: string;
  icon: FluentIcon;
  /** Path prefix that marks the entry as current; Home matches only "/". */
  section: string;
  /** The section's blades in the order the entry prefers them; it leads to the first the user may open. */
  destinations: readonly string[];
}

// The admin center's order. Dashboard, Apps, Endpoint security, Reports … are left out until their blades exist:
// an absent entry is better than a dead link.
const NAV_ENTRIES: readonly Omit<NavEntry, 'href'>[] = [
  { label: 'Home', icon: Home20Regular, section: '/', destinations: ['/'] },
  { label: 'Devices', icon: PhoneLaptop20Regular, section: '/devices', destinations: ['/devices', '/devices/configuration'] },
  { label: 'Users', icon: Person20Regular, section: '/users', destinations: ['/users'] },
  { label: 'Groups', icon: People20Regular, section: '/groups', destinations: ['/groups'] },
  {
    label: 'Tenant administration',
    icon: BuildingMultiple20Regular,
    section: '/tenant-administration',
    destinations: ['/tenant-administration/cloud-pki', '/tenant-administration/roles', '/tenant-administration/audit-logs', '/tenant-administration/licenses'],
  },
];

/** The entries the user may open, each leading to the first of its blades they may open. */
export function navEntriesFor(hasPermission: (permission: Permission) => boolean): NavEntry[] {
  return NAV_ENTRIES.flatMap((entry) => {
    const href = firstOpenablePath(entry.destinations, hasPermission);
    return href ? [{ ...entry, href }] : [];
  });
}

export function isCurrentSection(entry: NavEntry, pathname: string): boolean {
  return entry.section === '/' ? pathname === '/' : pathname === entry.section || pathname.startsWith(`${entry.section}/`);
}
