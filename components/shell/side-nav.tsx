'use client';
import { Button, mergeClasses, Tooltip } from '@fluentui/react-components';
import { Navigation20Regular } from '@fluentui/react-icons';
import { NavLinks } from './nav-links';
import { useSideNavStyles } from './side-nav.styles';

interface SideNavProps {
  isCollapsed: boolean;
  onToggle: () => void;
}

/** The admin center's left navigation; collapsed it shows icons only. On a narrow screen the header's menu has it. */
export function SideNav({ isCollapsed, onToggle }: SideNavProps) {
  const styles = useSideNavStyles();
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
      <NavLinks isCollapsed={isCollapsed} />
    </nav>
  );
}
