'use client';
import NextLink from 'next/link';
import { usePathname } from 'next/navigation';
import { mergeClasses, Tooltip } from '@fluentui/react-components';
import { useAuth } from '@/components/auth/use-auth';
import { isCurrentSection, navEntriesFor } from './nav-items';
import { useSideNavStyles } from './side-nav.styles';

interface NavLinksProps {
  /** Icons only, the label as tooltip and accessible name. */
  isCollapsed?: boolean;
  /** Called after a link is followed, e.g. to close the narrow screen's navigation drawer. */
  onNavigate?: () => void;
}

/** The portal's top-level sections the user may open, in the side navigation and in the narrow screen's drawer. */
export function NavLinks({ isCollapsed = false, onNavigate }: NavLinksProps) {
  const styles = useSideNavStyles();
  const pathname = usePathname();
  const { hasPermission } = useAuth();
  return (
    <ul className={styles.list}>
      {navEntriesFor(hasPermission).map((entry) => {
        const isCurrent = isCurrentSection(entry, pathname);
        const Icon = entry.icon;
        const link = (
          <NextLink
            href={entry.href}
            aria-current={isCurrent ? 'page' : undefined}
            aria-label={isCollapsed ? entry.label : undefined}
            className={mergeClasses(styles.link, isCurrent && styles.current)}
            onClick={onNavigate}
          >
            <Icon className={styles.icon} aria-hidden />
            {!isCollapsed && entry.label}
          </NextLink>
        );
        return (
          <li key={entry.href}>
            {isCollapsed ? (
              <Tooltip content={entry.label} relationship="inaccessible" positioning="after">
                {link}
              </Tooltip>
            ) : (
              link
            )}
          </li>
        );
      })}
    </ul>
  );
}
