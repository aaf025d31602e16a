// The check-in flow with in-memory ports, against lib/scep's server handler and a test PKI: trust first, then
// SCEP; a device without the root trust profile refuses a certificate that was issued; variables it cannot supply
// fail before any request; held certificates are kept until revoked, changed or due for renewal.
import { describe, expect, it } from 'vitest';
import { parseCertificationRequest } from '@/lib/pki/parse-certification-request';
import { createFakeAuthority, createTestPki } from '@/lib/scep/scep-test-pki.test-helpers';
import type { EnrollmentResult, ScepAuthority } from '@/lib/scep/scep-authority';
import { inProcessFetch, SCEP_URL } from '../scep-client/scep-client.test-helpers';
import { httpScepTransport } from '../scep-client/scep-transport';
import type { CertificateVariableSource } from '../resolve-certificate-variables';
import type { CheckInInput, CheckInPorts, DeliveredScepProfile, DeviceState, HeldScepCertificate, ProfileReport } from './check-in-ports';
import { runCheckIn } from './run-check-in';

const adelesLaptop: CertificateVariableSource = {
  device: { id: 'dev-1', azureAdDeviceId: 'aad-1', deviceName: 'CONTOSO-LT-001', serialNumber: 'PF4XK2A1', imei: null, wifiMacAddress: 'F4267931A1C0' },
  user: { userPrincipalName: 'adele.vance@contoso.local', mail: 'adele.vance@contoso.local', givenName: 'Adele', surname: 'Vance' },
};
const kiosk: CertificateVariableSource = { ...adelesLaptop, user: null };

const scepProfile: DeliveredScepProfile = {
  profileId: 'scep-1',
  version: 1,
  subjectNameFormat: 'CN={{UserName}},E={{EmailAddress}}',
  subjectAlternativeNames: [{ sanType: 'userPrincipalName', name: '{{UserPrincipalName}}' }],
  keySize: 'size2048',
  renewalThresholdPercentage: 20,
  scepServerUrl: SCEP_URL,
};

/** A device whose state lives in memory; every port call is recorded. */
function memoryDevice(authority: ScepAuthority) {
  let state: { trustedCertificates: DeviceState['trustedCertificates']; scepCertificates: HeldScepCertificate[] } = { trustedCertificates: [], scepCertificates: [] };
  const reports: ProfileReport[] = [];
  const challenges: string[] = [];
  const ports: CheckInPorts = {
    installTrustedCertificate: async (certificate) => {
      state.trustedCertificates = [...state.trustedCertificates.filter((entry) => entry.profileId !== certificate.profileId), certificate];
    },
    removeTrustedCertificates: async (ids) => {
      state.trustedCertificates = state.trustedCertificates.filter((entry) => !ids.includes(entry.profileId));
    },
    requestChallenge: async (profile) => {
      challenges.push(profile.profileId);
      return `challenge-${challenges.length}`;
    },
    transportFor: (url) => httpScepTransport(url, inProcessFetch(authority)),
    saveScepCertificate: async ({ key: _key, ...certificate }) => {
      state.scepCertificates = [...state.scepCertificates.filter((entry) => entry.profileId !== certificate.profileId), { ...certificate, isRevoked: false }];
    },
    removeScepCertificates: async (ids) => {
      state.scepCertificates = state.scepCertificates.filter((entry) => !ids.includes(entry.profileId));
    },
    report: async (report) => {
      reports.push(report);
    },
  };
  const checkIn = (input: Omit<CheckInInput, 'state' | 'now'>, now = new Date(Date.now() + 60_000)) =>
    runCheckIn({ ...input, state, now }, ports);
  return {
    checkIn,
    reports,
    challenges,
    get state() {
      return state;
    },
    set state(value) {
      state = value;
    },
  };
}

describe('runCheckIn', async () => {
  const pki = await createTestPki();
  const rootTrust = { profileId: 'root-trust', certificateDer: pki.root.der };

  it('installs the trusted certificates first, then enrolls the SCEP profile with resolved names and a bound challenge', async () => {
    const authority = createFakeAuthority(pki);
    const device = memoryDevice(authority);
    const final = await device.checkIn({ device: adelesLaptop, trustedCertificateProfiles: [rootTrust], scepProfiles: [scepProfile] });

    expect(final.map(({ profileId, status }) => ({ profileId, status }))).toEqual([
      { profileId: 'root-trust', status: 'succeeded' },
      { profileId: 'scep-1', status: 'succeeded' },
    ]);
    expect(device.reports.map((report) => report.status)).toEqual(['succeeded', 'pending', 'succeeded']);
    expect(device.challenges).toEqual(['scep-1']);
    const csr = await parseCertificationRequest(new Uint8Array(authority.enrollments[0]!.csr.der));
    expect(csr).toMatchObject({ subjectName: 'CN=adele.vance,E=adele.vance@contoso.local', challengePassword: 'challenge-1' });
    expect(csr.subjectAlternativeNames).toEqual([{ type: 'upn', value: 'adele.vance@contoso.local' }]);
    expect(device.state.trustedCertificates).toEqual([rootTrust]);
    expect(device.state.scepCertificates).toHaveLength(1);
  });

  it('refuses an issued certificate when the root trust profile never reached the device', async () => {
    const authority = createFakeAuthority(pki);
    const device = memoryDevice(authority);
    const [report] = await device.checkIn({ device: adelesLaptop, trustedCertificateProfiles: [], scepProfiles: [scepProfile] });
    expect(authority.enrollments).toHaveLength(1);
    expect(report).toEqual({
      profileId: 'scep-1',
      status: 'error',
      errorDescription: "The certificate does not chain to a trusted root: the root 'CN=Test Root CA' is not in the device's trust store",
    });
    expect(device.state.scepCertificates).toEqual([]);
  });

  it('fails before any request when the device cannot supply a variable', async () => {
    const authority = createFakeAuthority(pki);
    const device = memoryDevice(authority);
    const [, report] = await device.checkIn({ device: kiosk, trustedCertificateProfiles: [rootTrust], scepProfiles: [scepProfile] });
    expect(report).toEqual({
      profileId: 'scep-1',
      status: 'error',
      errorDescription: 'The device cannot supply {{UserName}}: the device has no primary user (userless device)',
    });
    expect(device.challenges).toEqual([]);
    expect(authority.enrollments).toEqual([]);
  });

  it("reports the SCEP server's refusal with its failInfo and reason", async () => {
    const refusal: EnrollmentResult = { status: 'FAILURE', failInfo: 'badRequest', reason: 'The issuing CA is paused and issues no certificates.' };
    const device = memoryDevice(createFakeAuthority(pki, () => refusal));
    const [, report] = await device.checkIn({ device: adelesLaptop, trustedCertificateProfiles: [rootTrust], scepProfiles: [scepProfile] });
    expect(report?.errorDescription).toBe('The SCEP server refused the request (badRequest): The issuing CA is paused and issues no certificates.');
  });

  it('keeps a current certificate, and enrolls again once it is revoked or the profile changed', async () => {
    const authority = createFakeAuthority(pki);
    const device = memoryDevice(authority);
    const input = { device: adelesLaptop, trustedCertificateProfiles: [rootTrust], scepProfiles: [scepProfile] };
    await device.checkIn(input);
    const [, kept] = await device.checkIn(input);
    expect(kept).toMatchObject({ status: 'succeeded', certificateDer: device.state.scepCertificates[0]!.certificateDer });
    expect(authority.enrollments).toHaveLength(1);

    device.state = { ...device.state, scepCertificates: device.state.scepCertificates.map((held) => ({ ...held, isRevoked: true })) };
    await device.checkIn(input);
    expect(authority.enrollments).toHaveLength(2);
    await device.checkIn({ ...input, scepProfiles: [{ ...scepProfile, version: 2 }] });
    expect(authority.enrollments).toHaveLength(3);
  });

  it('removes what profiles that no longer reach the device installed', async () => {
    const device = memoryDevice(createFakeAuthority(pki));
    await device.checkIn({ device: adelesLaptop, trustedCertificateProfiles: [rootTrust], scepProfiles: [scepProfile] });
    expect(await device.checkIn({ device: adelesLaptop, trustedCertificateProfiles: [], scepProfiles: [] })).toEqual([]);
    expect(device.state).toEqual({ trustedCertificates: [], scepCertificates: [] });
  });
});
