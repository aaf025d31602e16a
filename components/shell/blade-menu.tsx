'use client';
import NextLink from 'next/link';
import { usePathname } from 'next/navigation';
import { mergeClasses } from '@fluentui/react-components';
import type { FluentIcon } from '@fluentui/react-icons';
import { useAuth } from '@/components/auth/use-auth';
import { canOpen } from '@/lib/auth/portal-access';
import { useBladeMenuStyles } from './blade-menu.styles';

export interface BladeMenuEntry {
  label: string;
  href: string;
  icon: FluentIcon;
}

interface BladeMenuProps {
  /** Names the navigation landmark, e.g. "Tenant administration". */
  label: string;
  sections: readonly { title: string; entries: readonly BladeMenuEntry[] }[];
}

/** A blade's inner menu: selecting an entry swaps the right part of the blade only. Lists what the user may open. */
export function BladeMenu({ label, sections: allSections }: BladeMenuProps) {
  const styles = useBladeMenuStyles();
  const pathname = usePathname();
  const { hasPermission } = useAuth();
  const sections = allSections
    .map((section) => ({ ...section, entries: section.entries.filter((entry) => canOpen(entry.href, hasPermission)) }))
    .filter((section) => section.entries.length > 0);
  // The most specific entry wins: on /devices/configuration/… that is Configuration, not All devices (/devices).
  const currentHref = sections
    .flatMap((section) => section.entries.map((entry) => entry.href))
    .filter((href) => pathname === href || pathname.startsWith(`${href}/`))
    .sort((a, b) => b.length - a.length)[0];
  return (
    <nav aria-label={label}>
      {sections.map((section) => (
        <div key={section.title}>
          <span className={styles.sectionHeader}>{section.title}</span>
          <ul className={styles.list}>
            {section.entries.map((entry) => {
              const isCurrent = entry.href === currentHref;
              const Icon = entry.icon;
              return (
                <li key={entry.href}>
                  <NextLink
                    href={entry.href}
                    aria-current={isCurrent ? 'page' : undefined}
                    className={mergeClasses(styles.link, isCurrent && styles.current)}
                  >
                    <Icon className={styles.icon} aria-hidden />
                    {entry.label}
                  </NextLink>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </nav>
  );
}
