'use client';
import * as React from 'react';
import { Laptop24Regular } from '@fluentui/react-icons';
import { DevicesMenu } from '@/components/devices/devices-menu';
import { Blade } from '@/components/shell/blade';
import { HOME_BREADCRUMB } from '../directory-paths';

/** Devices | All devices: the frame of the device list and of its loading state. */
export function DevicesBlade({ commandBar, children }: { commandBar: React.ReactNode; children: React.ReactNode }) {
  return (
    <Blade breadcrumb={HOME_BREADCRUMB} title="Devices | All devices" icon={<Laptop24Regular />} commandBar={commandBar} menu={<DevicesMenu />}>
      {children}
    </Blade>
  );
}
