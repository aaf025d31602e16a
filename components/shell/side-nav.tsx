'use client';
import NextLink from 'next/link';
import { usePathname } from 'next/navigation';
import { Button, mergeClasses, Tooltip } from '@fluentui/react-components';
import { Navigation20Regular } from '@fluentui/react-icons';
import { isCurrentSection, NAV_ENTRIES } from './nav-items';
import { useSideNavStyles } from './side-nav.styles';

interface SideNavProps {
  isCollapsed: boolean;
  onToggle: () => void;
}

/** The admin center's left navigation; collapsed it shows icons only, with the label as tooltip and accessible name. */
export function SideNav({ isCollapsed, onToggle }: SideNavProps) {
  const styles = useSideNavStyles();
  const pathname = usePathname();
  const toggleLabel = isCollapsed ? 'Expand navigation' : 'Collapse navigation';

  return (
    <nav aria-label="Portal navigation" className={mergeClasses(styles.root, isCollapsed && styles.collapsed)}>
      <Tooltip content={toggleLabel} relationship="label" positioning="after">
        <Button
          appearance="subtle"
          icon={<Navigation20Regular />}
          aria-expanded={!isCollapsed}
          onClick={onToggle}
          className={styles.toggle}
        />
      </Tooltip>
      <ul className={styles.list}>
        {NAV_ENTRIES.map((entry) => {
          const isCurrent = isCurrentSection(entry, pathname);
          const Icon = entry.icon;
          const link = (
            <NextLink
              href={entry.href}
              aria-current={isCurrent ? 'page' : undefined}
              aria-label={isCollapsed ? entry.label : undefined}
              className={mergeClasses(styles.link, isCurrent && styles.current)}
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
    </nav>
  );
}
