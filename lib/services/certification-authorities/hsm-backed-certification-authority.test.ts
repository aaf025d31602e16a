// A licensed tenant's CAs on a SoftHSM2 token of the test's own, through the real services: the root, the issuing CA
// and its SCEP RA get keys generated in the token (sensitive, never extractable, no software copy), Graph says
// keyPlatform hardwareSecurityModule, and a device enrolls over SCEP (RA unwrap and CA signature in the token) for a
// certificate that `openssl verify` accepts against the published chain.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pkcs11js from 'pkcs11js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grantsOf } from '@/lib/auth/permission-grants';
import { ALL_PERMISSIONS } from '@/lib/auth/permissions';
import { scopedPrincipal, type ScopedPrincipal } from '@/lib/auth/scoped-principal';
import { createDatabase, IN_MEMORY } from '@/lib/db/create-database';
import type { DatabaseHandle } from '@/lib/db/database';
import type { CertificationAuthorityRow } from '@/lib/db/repositories/certification-authorities';
import { createSealedKeyStorage } from '@/lib/db/repositories/sealed-keys';
import { insertTenant, updateTenantLicense } from '@/lib/db/repositories/tenants';
import { discoverScepServer } from '@/lib/devices/scep-client/discover-scep-server';
import { enrollWithScep } from '@/lib/devices/scep-client/enroll-with-scep';
import { generateRequesterKey } from '@/lib/devices/scep-client/requester-key';
import { inProcessFetch } from '@/lib/devices/scep-client/scep-client.test-helpers';
import { httpScepTransport } from '@/lib/devices/scep-client/scep-transport';
import { toGraphCertificationAuthority } from '@/lib/graph/to-graph-certification-authority';
import { parsePkcs11KeyUri } from '@/lib/keys/pkcs11-key-uri';
import { isPkcs11Error, Pkcs11Token } from '@/lib/keys/pkcs11-token';
import { createSoftHsmToken, type SoftHsmToken } from '@/lib/keys/test-support/softhsm-token';
import { x509 } from '@/lib/pki/x509';
import { ZCreateCertificationAuthority } from '@/lib/schemas/certification-authority';
import { createScepChallenge } from '../scep/create-scep-challenge';
import { scepAuthorityForCa } from '../scep/scep-authority-for-ca';
import { createCertificationAuthority } from './create-certification-authority';

const PUBLIC_URL = 'http://pki.contoso.test';
const CLIENT_AUTH = [{ name: 'Client Authentication', objectIdentifier: '1.3.6.1.5.5.7.3.2' }];

let token: SoftHsmToken;
let handle: DatabaseHandle;
let principal: ScopedPrincipal;
/** A session of the test's own on the token, to read key attributes as an auditor of the token would. */
let inspector: Pkcs11Token;

interface CaPair {
  root: CertificationAuthorityRow;
  issuing: CertificationAuthorityRow;
}
const pairs = new Map<string, CaPair>();
const KEY_SIZES = ['rsa2048', 'eCP384'] as const;

beforeAll(async () => {
  // The token exists before the first KeyStore opens the library (SoftHSM2 lists tokens in C_Initialize), and the
  // portal's settings are in place before lib/env first reads them.
  token = createSoftHsmToken('Cloud PKI HSM CA test', '97531864');
  Object.assign(process.env, { PKCS11_MODULE: token.modulePath, PKCS11_TOKEN_LABEL: token.tokenLabel, PKCS11_PIN: token.pin, PUBLIC_URL });

  handle = await createDatabase({ dataDir: IN_MEMORY });
  const { db } = handle;
  const tenantId = (await insertTenant(db, { displayName: 'Contoso' })).id;
  await updateTenantLicense(db, tenantId, { cloudPkiLicenseType: 'intuneSuite', trialEndDateTime: null });
  principal = scopedPrincipal(
    {
      id: crypto.randomUUID(),
      name: 'Portal administrator',
      userPrincipalName: 'admin@contoso.local',
      tenantId,
      roles: ['CloudPKI.Admin'],
      groupIds: [],
      grants: grantsOf([{ permissions: ALL_PERMISSIONS, scope: 'all' }]),
      permissions: ALL_PERMISSIONS,
      isApplication: false,
    },
    'all',
  );
  for (const certificateKeySize of KEY_SIZES) pairs.set(certificateKeySize, await createCaPair(certificateKeySize));
  inspector = Pkcs11Token.open({ ...token, maxSessions: 1 });
});
afterAll(async () => {
  await handle?.close();
});

async function createCaPair(certificateKeySize: (typeof KEY_SIZES)[number]): Promise<CaPair> {
  const create = (body: object) => createCertificationAuthority(handle.db, principal, ZCreateCertificationAuthority.parse(body));
  const root = await create({
    displayName: `HSM Root ${certificateKeySize}`,
    commonName: `Contoso HSM Root CA ${certificateKeySize}`,
    cloudCertificationAuthorityType: 'rootCertificationAuthority',
    validityPeriodInYears: 5,
    certificateKeySize,
    extendedKeyUsages: CLIENT_AUTH,
  });
  const issuing = await create({
    displayName: `HSM Issuing ${certificateKeySize}`,
    commonName: `Contoso HSM Issuing CA ${certificateKeySize}`,
    cloudCertificationAuthorityType: 'issuingCertificationAuthority',
    certificationAuthorityIssuerId: root.id,
    validityPeriodInYears: 2,
    extendedKeyUsages: CLIENT_AUTH,
  });
  return { root, issuing };
}

async function privateKeyAttributes(keyUri: string, types: number[]): Promise<unknown[]> {
  const { tokenLabel, id } = parsePkcs11KeyUri(keyUri);
  expect(tokenLabel).toBe(token.tokenLabel);
  return inspector.withSession((session) => {
    const { module } = inspector;
    module.C_FindObjectsInit(session, [
      { type: pkcs11js.CKA_CLASS, value: pkcs11js.CKO_PRIVATE_KEY },
      { type: pkcs11js.CKA_ID, value: id },
    ]);
    const handles = module.C_FindObjects(session, 2);
    module.C_FindObjectsFinal(session);
    expect(handles).toHaveLength(1);
    return types.map((type) => {
      try {
        return module.C_GetAttributeValue(session, handles[0]!, [{ type }])[0]?.value;
      } catch (error) {
        return isPkcs11Error(error, pkcs11js.CKR_ATTRIBUTE_SENSITIVE) ? 'sensitive' : error;
      }
    });
  });
}

const asBoolean = (value: unknown) => (Buffer.isBuffer(value) && value.length === 1 ? value[0] === 1 : value);

function opensslVerify({ root, issuing }: CaPair, leafPem: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'hsm-ca-verify-'));
  try {
    writeFileSync(join(dir, 'root.pem'), new x509.X509Certificate(root.certificateDer!).toString('pem'));
    writeFileSync(join(dir, 'issuing.pem'), new x509.X509Certificate(issuing.certificateDer!).toString('pem'));
    writeFileSync(join(dir, 'leaf.pem'), leafPem);
    const path = (name: string) => join(dir, name);
    return execFileSync('openssl', ['verify', '-x509_strict', '-purpose', 'sslclient', '-CAfile', path('root.pem'), '-untrusted', path('issuing.pem'), path('leaf.pem')], {
      encoding: 'utf8',
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe.each(KEY_SIZES)('a licensed tenant’s %s CA on a PKCS#11 token (SoftHSM2)', (certificateKeySize) => {
  const pair = () => pairs.get(certificateKeySize)!;

  it('is hardwareSecurityModule on the wire, its keys (CA and RA) addressed in the token', () => {
    const { root, issuing } = pair();
    for (const ca of [root, issuing]) {
      expect(ca.keyPlatform).toBe('hardwareSecurityModule');
      expect(toGraphCertificationAuthority(ca, PUBLIC_URL).keyPlatform).toBe('hardwareSecurityModule');
      expect(ca.keyUri).toMatch(/^pkcs11:token=Cloud%20PKI%20HSM%20CA%20test;id=/);
    }
    expect(issuing.raKeyUri).toMatch(/^pkcs11:token=Cloud%20PKI%20HSM%20CA%20test;id=/);
  });

  it('keeps every private key in the token: sensitive, never extractable, its secret part unreadable', async () => {
    const { root, issuing } = pair();
    // The secret half: an RSA key's private exponent, an EC key's scalar (PKCS#11 v2.40 §2.3.4).
    const caSecret = certificateKeySize.startsWith('rsa') ? pkcs11js.CKA_PRIVATE_EXPONENT : pkcs11js.CKA_VALUE;
    const keys = [
      { keyUri: root.keyUri, secret: caSecret },
      { keyUri: issuing.keyUri, secret: caSecret },
      { keyUri: issuing.raKeyUri!, secret: pkcs11js.CKA_PRIVATE_EXPONENT },
    ];
    for (const { keyUri, secret } of keys) {
      const [sensitive, extractable, neverExtractable, alwaysSensitive, exponent] = await privateKeyAttributes(keyUri, [
        pkcs11js.CKA_SENSITIVE,
        pkcs11js.CKA_EXTRACTABLE,
        pkcs11js.CKA_NEVER_EXTRACTABLE,
        pkcs11js.CKA_ALWAYS_SENSITIVE,
        secret,
      ]);
      expect({ keyUri, sensitive: asBoolean(sensitive), extractable: asBoolean(extractable), neverExtractable: asBoolean(neverExtractable), alwaysSensitive: asBoolean(alwaysSensitive), exponent }).toEqual({
        keyUri,
        sensitive: true,
        extractable: false,
        neverExtractable: true,
        alwaysSensitive: true,
        exponent: 'sensitive',
      });
    }
    // The RA key unwraps SCEP envelopes; the CA keys only sign.
    const [[raDecrypts], [caDecrypts]] = await Promise.all([
      privateKeyAttributes(issuing.raKeyUri!, [pkcs11js.CKA_DECRYPT]),
      privateKeyAttributes(issuing.keyUri, [pkcs11js.CKA_DECRYPT]),
    ]);
    expect([asBoolean(raDecrypts), asBoolean(caDecrypts)]).toEqual([true, false]);
    // No software copy beside them.
    const sealed = createSealedKeyStorage(handle.db);
    for (const { keyUri } of keys) expect(await sealed.load(keyUri)).toBeUndefined();
  });

  it('issues over SCEP a certificate that openssl verifies against the chain', async () => {
    const { issuing } = pair();
    const { db } = handle;
    const { challenge, scepServerUrl } = await createScepChallenge(db, principal, issuing.id, { deviceName: 'HSM-PC-1', validityInMinutes: 60 });
    const authority = await scepAuthorityForCa(db, principal.tenantId, issuing.id);
    if (!authority) throw new Error('the HSM issuing CA has no SCEP service');
    const transport = httpScepTransport(scepServerUrl, inProcessFetch(authority));
    const server = await discoverScepServer(transport);
    expect(Buffer.from(server.ra.raw)).toEqual(Buffer.from(issuing.raCertificateDer!));

    const key = await generateRequesterKey(2048);
    const der = await enrollWithScep(transport, server, {
      key,
      subject: new x509.Name([{ CN: ['HSM-PC-1'] }]),
      subjectAlternativeNames: [],
      challengePassword: challenge,
    });
    const leaf = new x509.X509Certificate(new Uint8Array(der));
    expect(leaf.subject).toBe('CN=HSM-PC-1');
    expect(leaf.issuer).toBe(new x509.X509Certificate(issuing.certificateDer!).subject);
    expect(opensslVerify(pair(), leaf.toString('pem'))).toMatch(/leaf\.pem: OK/);
  });
});
