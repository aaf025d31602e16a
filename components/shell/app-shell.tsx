'use client';
import * as React from 'react';
import { BladeAccessGate } from './blade-access-gate';
import { HeaderBar } from './header-bar';
import { PortalToaster } from './notifications';
import { SideNav } from './side-nav';
import { useAppShellStyles } from './app-shell.styles';

export function AppShell({ children }: { children: React.ReactNode }) {
  const styles = useAppShellStyles();
  const [isNavCollapsed, setIsNavCollapsed] = React.useState(false);

  return (
    <div className={styles.root}>
      <HeaderBar />
      <div className={styles.body}>
        <SideNav isCollapsed={isNavCollapsed} onToggle={() => setIsNavCollapsed((collapsed) => !collapsed)} />
        <main className={styles.main}>
          <BladeAccessGate>{children}</BladeAccessGate>
        </main>
      </div>
      <PortalToaster />
    </div>
  );
}
