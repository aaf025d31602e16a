'use client';
import * as React from 'react';
import { Person24Regular } from '@fluentui/react-icons';
import { Blade } from '@/components/shell/blade';
import { HOME_BREADCRUMB } from '../directory-paths';

/** Users | All users: the frame of the user list and of its loading state. */
export function UsersBlade({ commandBar, children }: { commandBar: React.ReactNode; children: React.ReactNode }) {
  return (
    <Blade breadcrumb={HOME_BREADCRUMB} title="Users | All users" icon={<Person24Regular />} commandBar={commandBar}>
      {children}
    </Blade>
  );
}
