// The demo tenant's directory (seeded by seed-demo-directory.ts). Fixed names, so tests and demos can rely on them:
//
// Users (UPN given.surname@contoso.local, mail = UPN, no password until an administrator sets one):
//   Adele Vance, Alex Wilber, Diego Siciliani, Grady Archie, Isaiah Langer, Johanna Lorenz, Lee Gu, Lidia Holloway,
//   Megan Bowen, Nestor Wilke, Pradeep Gupta
// Managed devices (20):
//   Windows (8)               CONTOSO-LT-001..005, CONTOSO-DT-001 (with users); CONTOSO-KIOSK-01, -02 (userless)
//   iOS/iPadOS (4)            Adele's iPhone, Megan's iPhone, Diego's iPad; Lobby iPad (userless, shared)
//   macOS (3)                 Alex's MacBook Pro, Lidia's MacBook Air, Pradeep's MacBook Pro
//   Android Enterprise (3)    Grady's Pixel 8, Nestor's Galaxy S24, Johanna's Pixel 7a (fully managed)
//   AOSP (2)                  MTR-PANEL-01 (Teams Rooms panel), REALWEAR-HMT-01 (headset), both userless
// Groups:
//   All Windows devices  the 8 Windows devices
//   Pilot devices        CONTOSO-LT-001, CONTOSO-LT-002
//   iOS devices          the 4 iPhones and iPads
//   Apple devices        the group "iOS devices" (nested) + the 3 Macs
//   Kiosks               the 5 userless devices
//   Sales                Adele, Alex, Diego, Megan
//   Engineering          Grady, Isaiah, Johanna, Lee, Lidia, Nestor, Pradeep
// No 'server-only': the demo seed runs from server.ts under tsx.
import type { DevicePlatform, ManagedDeviceOperatingSystem } from '@/lib/db/repositories/managed-devices';

export const DEMO_DOMAIN = 'contoso.local';

export interface DemoUser {
  givenName: string;
  surname: string;
}

export const DEMO_USERS: readonly DemoUser[] = [
  { givenName: 'Adele', surname: 'Vance' },
  { givenName: 'Alex', surname: 'Wilber' },
  { givenName: 'Diego', surname: 'Siciliani' },
  { givenName: 'Grady', surname: 'Archie' },
  { givenName: 'Isaiah', surname: 'Langer' },
  { givenName: 'Johanna', surname: 'Lorenz' },
  { givenName: 'Lee', surname: 'Gu' },
  { givenName: 'Lidia', surname: 'Holloway' },
  { givenName: 'Megan', surname: 'Bowen' },
  { givenName: 'Nestor', surname: 'Wilke' },
  { givenName: 'Pradeep', surname: 'Gupta' },
];

export function demoUserPrincipalName(user: DemoUser): string {
  return `${user.givenName}.${user.surname}@${DEMO_DOMAIN}`.toLowerCase();
}

export interface DemoDevice {
  deviceName: string;
  operatingSystem: ManagedDeviceOperatingSystem;
  devicePlatform: DevicePlatform;
  osVersion: string;
  serialNumber: string;
  imei?: string;
  wifiMacAddress: string;
  /** Given name of the primary user; absent for userless devices. */
  user?: string;
  enrolledDaysAgo: number;
  lastSyncHoursAgo: number;
}

type DeviceSpec = Omit<DemoDevice, 'operatingSystem' | 'devicePlatform'>;
const deviceOf =
  (operatingSystem: ManagedDeviceOperatingSystem, devicePlatform: DevicePlatform) =>
  (spec: DeviceSpec): DemoDevice => ({ operatingSystem, devicePlatform, ...spec });
const windows = deviceOf('Windows', 'windows');
const iPhone = deviceOf('iOS', 'ios');
const iPad = deviceOf('iPadOS', 'ios');
const mac = deviceOf('macOS', 'macOS');
const fullyManagedAndroid = deviceOf('Android', 'androidEnterprise');
const aosp = deviceOf('Android', 'aosp');

const WINDOWS_11_24H2 = '10.0.26100.2314';
const WINDOWS_11_23H2 = '10.0.22631.4460';

export const DEMO_DEVICES: readonly DemoDevice[] = [
  windows({ deviceName: 'CONTOSO-LT-001', osVersion: WINDOWS_11_24H2, serialNumber: 'PF4XK2A1', wifiMacAddress: 'F4267931A1C0',
    user: 'Adele', enrolledDaysAgo: 190, lastSyncHoursAgo: 3 }),
  windows({ deviceName: 'CONTOSO-LT-002', osVersion: WINDOWS_11_24H2, serialNumber: 'PF4XK2B7', wifiMacAddress: 'F4267931B2D4',
    user: 'Alex', enrolledDaysAgo: 185, lastSyncHoursAgo: 4 }),
  windows({ deviceName: 'CONTOSO-LT-003', osVersion: WINDOWS_11_24H2, serialNumber: 'PF4XK3C2', wifiMacAddress: 'F4267932C3E8',
    user: 'Diego', enrolledDaysAgo: 160, lastSyncHoursAgo: 2 }),
  windows({ deviceName: 'CONTOSO-LT-004', osVersion: WINDOWS_11_23H2, serialNumber: 'PF4XK4D9', wifiMacAddress: 'F4267933D4F1',
    user: 'Isaiah', enrolledDaysAgo: 320, lastSyncHoursAgo: 11 }),
  windows({ deviceName: 'CONTOSO-LT-005', osVersion: WINDOWS_11_24H2, serialNumber: 'PF4XK5E3', wifiMacAddress: 'F4267934E5A7',
    user: 'Johanna', enrolledDaysAgo: 30, lastSyncHoursAgo: 1 }),
  windows({ deviceName: 'CONTOSO-DT-001', osVersion: WINDOWS_11_23H2, serialNumber: 'MXL4321ABC', wifiMacAddress: '3C52820F11B6',
    user: 'Lee', enrolledDaysAgo: 400, lastSyncHoursAgo: 6 }),
  windows({ deviceName: 'CONTOSO-KIOSK-01', osVersion: WINDOWS_11_23H2, serialNumber: '5CG3401KQ1', wifiMacAddress: '3C52820F22C9',
    enrolledDaysAgo: 250, lastSyncHoursAgo: 26 }),
  windows({ deviceName: 'CONTOSO-KIOSK-02', osVersion: WINDOWS_11_23H2, serialNumber: '5CG3401KQ2', wifiMacAddress: '3C52820F33DA',
    enrolledDaysAgo: 250, lastSyncHoursAgo: 27 }),
  iPhone({ deviceName: "Adele's iPhone", osVersion: '18.1', serialNumber: 'F2LXK0A1N72Q', imei: '356789104512345',
    wifiMacAddress: 'A483E7102A11', user: 'Adele', enrolledDaysAgo: 120, lastSyncHoursAgo: 1 }),
  iPhone({ deviceName: "Megan's iPhone", osVersion: '18.0.1', serialNumber: 'G6TDM3B2P0F8', imei: '353912110498765',
    wifiMacAddress: 'A483E7102B22', user: 'Megan', enrolledDaysAgo: 95, lastSyncHoursAgo: 5 }),
  iPad({ deviceName: "Diego's iPad", osVersion: '18.1', serialNumber: 'DMPXR7C4KD6L', wifiMacAddress: 'A483E7102C33',
    user: 'Diego', enrolledDaysAgo: 60, lastSyncHoursAgo: 9 }),
  iPad({ deviceName: 'Lobby iPad', osVersion: '17.7', serialNumber: 'DMPVQ2H8JF3M', wifiMacAddress: 'A483E7102D44',
    enrolledDaysAgo: 300, lastSyncHoursAgo: 30 }),
  mac({ deviceName: "Alex's MacBook Pro", osVersion: '15.1', serialNumber: 'C02FK3ZPMD6T', wifiMacAddress: '8C8590A1E001',
    user: 'Alex', enrolledDaysAgo: 150, lastSyncHoursAgo: 2 }),
  mac({ deviceName: "Lidia's MacBook Air", osVersion: '14.7.1', serialNumber: 'FVFHG4K2Q6L4', wifiMacAddress: '8C8590A1E002',
    user: 'Lidia', enrolledDaysAgo: 210, lastSyncHoursAgo: 7 }),
  mac({ deviceName: "Pradeep's MacBook Pro", osVersion: '15.1', serialNumber: 'C02GL7XQMD6V', wifiMacAddress: '8C8590A1E003',
    user: 'Pradeep', enrolledDaysAgo: 45, lastSyncHoursAgo: 4 }),
  fullyManagedAndroid({ deviceName: "Grady's Pixel 8", osVersion: '15', serialNumber: '3A211FDH2000K7', imei: '358240051111110',
    wifiMacAddress: 'D8EB46B10A01', user: 'Grady', enrolledDaysAgo: 80, lastSyncHoursAgo: 6 }),
  fullyManagedAndroid({ deviceName: "Nestor's Galaxy S24", osVersion: '14', serialNumber: 'R5CX10ABCDE', imei: '350123456789012',
    wifiMacAddress: 'BC93073E1B02', user: 'Nestor', enrolledDaysAgo: 70, lastSyncHoursAgo: 12 }),
  fullyManagedAndroid({ deviceName: "Johanna's Pixel 7a", osVersion: '14', serialNumber: '29071JEHN0C3P4', imei: '358240052222227',
    wifiMacAddress: 'D8EB46B10C03', user: 'Johanna', enrolledDaysAgo: 40, lastSyncHoursAgo: 8 }),
  aosp({ deviceName: 'MTR-PANEL-01', osVersion: '12', serialNumber: 'TAP10K4521', wifiMacAddress: '00E04C68AA01',
    enrolledDaysAgo: 180, lastSyncHoursAgo: 20 }),
  aosp({ deviceName: 'REALWEAR-HMT-01', osVersion: '11', serialNumber: 'RW4HMT10992', wifiMacAddress: '00E04C68BB02',
    enrolledDaysAgo: 240, lastSyncHoursAgo: 48 }),
];

export interface DemoGroup {
  displayName: string;
  description: string;
  /** Given names of member users. */
  users?: readonly string[];
  /** Which demo devices are members. */
  devices?: (device: DemoDevice) => boolean;
  /** Names of nested member groups. */
  groups?: readonly string[];
}

export const DEMO_GROUPS: readonly DemoGroup[] = [
  { displayName: 'All Windows devices', description: 'Every Windows device', devices: (device) => device.operatingSystem === 'Windows' },
  {
    displayName: 'Pilot devices',
    description: 'Windows devices that get new profiles first',
    devices: (device) => ['CONTOSO-LT-001', 'CONTOSO-LT-002'].includes(device.deviceName),
  },
  { displayName: 'iOS devices', description: 'iPhones and iPads', devices: (device) => device.devicePlatform === 'ios' },
  {
    displayName: 'Apple devices',
    description: 'iOS devices and Macs',
    groups: ['iOS devices'],
    devices: (device) => device.operatingSystem === 'macOS',
  },
  { displayName: 'Kiosks', description: 'Shared and userless devices', devices: (device) => device.user === undefined },
  { displayName: 'Sales', description: 'Sales team', users: ['Adele', 'Alex', 'Diego', 'Megan'] },
  { displayName: 'Engineering', description: 'Engineering team', users: ['Grady', 'Isaiah', 'Johanna', 'Lee', 'Lidia', 'Nestor', 'Pradeep'] },
];
