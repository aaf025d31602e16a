import { parse } from 'plist';
import { describe, expect, it } from 'vitest';
import { buildMobileconfig } from './build-mobileconfig';

const input = {
  identifier: 'local.cloudpki.test',
  displayName: 'Contoso <iOS> & SCEP',
  organization: 'Cloud PKI',
  description: 'test',
  certificates: [
    { displayName: 'Root', der: new Uint8Array([0x30, 0x03, 0x01, 0x02, 0x03]), isRoot: true },
    { displayName: 'Issuing', der: new Uint8Array([0x30, 0x01, 0xff]), isRoot: false },
  ],
  scep: { url: 'https://pki.example/scep', caName: 'Issuing', challenge: 'c&<>"', subject: [[['CN', 'device']]] as [string, string][][], keySize: 2048, keyUsage: 5 },
};

describe('buildMobileconfig', () => {
  it('writes the trust payloads as data and the SCEP payload with the challenge, escaped', () => {
    const xml = buildMobileconfig(input);
    expect(xml).toContain('<!DOCTYPE plist');
    const profile = parse(xml) as { PayloadDisplayName: string; PayloadContent: { PayloadType: string; PayloadUUID: string; PayloadContent: unknown }[] };
    expect(profile.PayloadDisplayName).toBe('Contoso <iOS> & SCEP');
    const [root, issuing, scep] = profile.PayloadContent;
    expect(root).toMatchObject({ PayloadType: 'com.apple.security.root' });
    expect(Buffer.from(root!.PayloadContent as Uint8Array)).toEqual(Buffer.from(input.certificates[0]!.der));
    expect(issuing).toMatchObject({ PayloadType: 'com.apple.security.pkcs1' });
    expect(scep).toMatchObject({
      PayloadType: 'com.apple.security.scep',
      PayloadContent: { URL: 'https://pki.example/scep', Challenge: 'c&<>"', Subject: [[['CN', 'device']]], Keysize: 2048, 'Key Usage': 5 },
    });
    // Every payload has its own UUID: a device replaces a profile by identifier, payloads by UUID.
    expect(new Set(profile.PayloadContent.map((payload) => payload.PayloadUUID)).size).toBe(3);
  });
});
