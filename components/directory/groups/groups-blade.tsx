'use client';
import * as React from 'react';
import { PeopleTeam24Regular } from '@fluentui/react-icons';
import { Blade } from '@/components/shell/blade';
import { HOME_BREADCRUMB } from '../directory-paths';

/** Groups | All groups: the frame of the group list and of its loading state. */
export function GroupsBlade({ commandBar, children }: { commandBar: React.ReactNode; children: React.ReactNode }) {
  return (
    <Blade breadcrumb={HOME_BREADCRUMB} title="Groups | All groups" icon={<PeopleTeam24Regular />} commandBar={commandBar}>
      {children}
    </Blade>
  );
}
