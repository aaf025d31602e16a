'use client';
import * as React from 'react';
import { Laptop24Regular } from '@fluentui/react-icons';
import { DevicesMenu } from '@/components/devices/devices-menu';
import { Blade } from '@/components/shell/blade';
import { DEVICES_BREADCRUMB } from './device-configuration-paths';

/** Devices › Configuration: the frame of the profile list and of its loading state. */
export function ConfigurationBlade({ commandBar, children }: { commandBar: React.ReactNode; children: React.ReactNode }) {
  return (
    <Blade breadcrumb={DEVICES_BREADCRUMB} title="Devices | Configuration" icon={<Laptop24Regular />} commandBar={commandBar} menu={<DevicesMenu />}>
      {children}
    </Blade>
  );
}
