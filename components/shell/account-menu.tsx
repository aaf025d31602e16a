'use client';
import { Avatar, Menu, MenuGroup, MenuGroupHeader, MenuItem, MenuList, MenuPopover, MenuTrigger, Button } from '@fluentui/react-components';
import { SignOut20Regular } from '@fluentui/react-icons';
import { useAuth } from '@/components/auth/use-auth';

export function AccountMenu({ className }: { className?: string }) {
  const { account, signOut } = useAuth();
  return (
    <Menu positioning="below-end">
      <MenuTrigger disableButtonEnhancement>
        <Button
          appearance="transparent"
          aria-label={`Account manager for ${account.name}`}
          icon={<Avatar name={account.name} size={28} color="colorful" />}
          className={className}
        />
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          <MenuGroup>
            <MenuGroupHeader>
              {account.name} ({account.username})
            </MenuGroupHeader>
            <MenuItem icon={<SignOut20Regular />} onClick={() => void signOut()}>
              Sign out
            </MenuItem>
          </MenuGroup>
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
