'use client';
import * as React from 'react';
import { Breadcrumb, BreadcrumbButton, BreadcrumbDivider, BreadcrumbItem } from '@fluentui/react-components';
import { useRouterNavigation } from '@/components/router-link';
import { useBladeBreadcrumbStyles } from './blade-breadcrumb.styles';

export interface BreadcrumbEntry {
  label: string;
  href: string;
}

/** The trail above a blade's title; it lists the ancestors only, the title names the current blade. */
export function BladeBreadcrumb({ entries }: { entries: readonly BreadcrumbEntry[] }) {
  const styles = useBladeBreadcrumbStyles();
  return (
    <Breadcrumb aria-label="Breadcrumb" size="small" list={{ className: styles.list }}>
      {entries.map((entry, index) => (
        <React.Fragment key={entry.href}>
          {index > 0 && <BreadcrumbDivider />}
          <BreadcrumbItem>
            <BreadcrumbLink entry={entry} />
          </BreadcrumbItem>
        </React.Fragment>
      ))}
    </Breadcrumb>
  );
}

function BreadcrumbLink({ entry }: { entry: BreadcrumbEntry }) {
  const styles = useBladeBreadcrumbStyles();
  const navigate = useRouterNavigation(entry.href);
  return (
    <BreadcrumbButton href={entry.href} onClick={navigate} className={styles.button}>
      {entry.label}
    </BreadcrumbButton>
  );
}
