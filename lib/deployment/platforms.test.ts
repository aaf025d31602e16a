import { describe, expect, it } from 'vitest';
import { platformWithArticle, profileTypeOfOdataType } from './platforms';

describe('profileTypeOfOdataType', () => {
  it.each([
    ['#microsoft.graph.windows81TrustedRootCertificate', 'trustedCertificate', 'windows'],
    ['#microsoft.graph.windows81SCEPCertificateProfile', 'scep', 'windows'],
    ['#microsoft.graph.iosTrustedRootCertificate', 'trustedCertificate', 'ios'],
    ['#microsoft.graph.iosScepCertificateProfile', 'scep', 'ios'],
    ['#microsoft.graph.macOSTrustedRootCertificate', 'trustedCertificate', 'macOS'],
    ['#microsoft.graph.macOSScepCertificateProfile', 'scep', 'macOS'],
    ['#microsoft.graph.androidDeviceOwnerTrustedRootCertificate', 'trustedCertificate', 'androidEnterprise'],
    ['#microsoft.graph.androidDeviceOwnerScepCertificateProfile', 'scep', 'androidEnterprise'],
    ['#microsoft.graph.androidWorkProfileTrustedRootCertificate', 'trustedCertificate', 'androidWorkProfile'],
    ['#microsoft.graph.androidWorkProfileScepCertificateProfile', 'scep', 'androidWorkProfile'],
    ['#microsoft.graph.aospDeviceOwnerTrustedRootCertificate', 'trustedCertificate', 'aosp'],
    ['#microsoft.graph.aospDeviceOwnerScepCertificateProfile', 'scep', 'aosp'],
    ['windows81SCEPCertificateProfile', 'scep', 'windows'],
    ['#Microsoft.Graph.IOSSCEPCertificateProfile', 'scep', 'ios'],
  ])('%s is a %s profile for %s', (odataType, kind, platform) => {
    expect(profileTypeOfOdataType(odataType)).toEqual({ kind, platform });
  });

  it.each([
    '#microsoft.graph.androidTrustedRootCertificate',
    '#microsoft.graph.windows10VpnConfiguration',
    '#microsoft.graph.iosPkcsCertificateProfile',
    '',
  ])('%s takes no part in the deployment order', (odataType) => {
    expect(profileTypeOfOdataType(odataType)).toBeUndefined();
  });
});

describe('platformWithArticle', () => {
  it.each([
    ['windows', 'a Windows'],
    ['ios', 'an iOS/iPadOS'],
    ['macOS', 'a macOS'],
    ['aosp', 'an Android (AOSP)'],
  ] as const)('%s reads "%s"', (platform, expected) => {
    expect(platformWithArticle(platform)).toBe(expected);
  });
});
