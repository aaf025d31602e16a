'use client';
import * as React from 'react';
import { mergeClasses, Title3 } from '@fluentui/react-components';
import { BladeBreadcrumb, type BreadcrumbEntry } from './blade-breadcrumb';
import { useBladeStyles } from './blade.styles';

interface BladeProps {
  breadcrumb: readonly BreadcrumbEntry[];
  title: string;
  icon?: React.ReactElement;
  /** Rendered right of the title, e.g. a status badge. */
  titleAside?: React.ReactNode;
  /** The blade's own menu on the left, e.g. Tenant administration's. */
  menu?: React.ReactNode;
  commandBar?: React.ReactNode;
  /** Content that brings its own padding, such as a wizard with tabs and a footer bar edge to edge. */
  isFullBleed?: boolean;
  children: React.ReactNode;
}

/** One admin-center blade: breadcrumb, title with icon, optional inner menu, command bar, content. */
export function Blade({ breadcrumb, title, icon, titleAside, menu, commandBar, isFullBleed = false, children }: BladeProps) {
  const styles = useBladeStyles();
  return (
    <div className={styles.root}>
      <div className={styles.heading}>
        {breadcrumb.length > 0 && <BladeBreadcrumb entries={breadcrumb} />}
        <div className={styles.titleRow}>
          {icon && (
            <span className={styles.icon} aria-hidden>
              {icon}
            </span>
          )}
          <Title3 as="h1" className={styles.title}>
            {title}
          </Title3>
          {titleAside}
        </div>
      </div>
      <div className={styles.body}>
        {menu && <div className={styles.menu}>{menu}</div>}
        <div className={styles.content}>
          {commandBar && <div className={styles.commandBar}>{commandBar}</div>}
          <div className={mergeClasses(styles.children, isFullBleed && styles.fullBleed)}>{children}</div>
        </div>
      </div>
    </div>
  );
}
