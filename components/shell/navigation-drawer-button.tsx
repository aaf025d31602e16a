'use client';
import * as React from 'react';
import { Button, DrawerBody, DrawerHeader, DrawerHeaderTitle, OverlayDrawer, Tooltip } from '@fluentui/react-components';
import { Dismiss24Regular, Navigation20Regular } from '@fluentui/react-icons';
import { NavLinks } from './nav-links';

/** On a narrow screen the left navigation has no room: this header button opens it as a drawer from the left. */
export function NavigationDrawerButton({ className }: { className?: string }) {
  const [isOpen, setIsOpen] = React.useState(false);
  const close = () => setIsOpen(false);
  return (
    <>
      <Tooltip content="Navigation" relationship="label">
        <Button appearance="transparent" icon={<Navigation20Regular />} aria-expanded={isOpen} onClick={() => setIsOpen(true)} className={className} />
      </Tooltip>
      <OverlayDrawer position="start" open={isOpen} onOpenChange={(_, data) => setIsOpen(data.open)}>
        <DrawerHeader>
          <DrawerHeaderTitle action={<Button appearance="subtle" aria-label="Close navigation" icon={<Dismiss24Regular />} onClick={close} />}>
            Cloud PKI portal
          </DrawerHeaderTitle>
        </DrawerHeader>
        <DrawerBody>
          <nav aria-label="Portal navigation">
            <NavLinks onNavigate={close} />
          </nav>
        </DrawerBody>
      </OverlayDrawer>
    </>
  );
}
