import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCertsOnlyPkcs7, readCertsOnlyPkcs7 } from './build-certs-only-pkcs7';
import { createScratch, type Scratch } from './test-support/openssl';
import { createIssuingCa, createKeyStore, createRootCa } from './test-support/test-ca';

let scratch: Scratch;
beforeAll(() => {
  scratch = createScratch();
});
afterAll(() => scratch.remove());

describe('buildCertsOnlyPkcs7', () => {
  it('makes a .p7b that openssl lists, in order', async () => {
    const keyStore = createKeyStore();
    const root = await createRootCa(keyStore, 'eCP256');
    const issuing = await createIssuingCa(keyStore, root, 'eCP256');
    const p7b = buildCertsOnlyPkcs7([issuing.der, root.der]);
    scratch.write('chain.p7b', p7b);
    const result = scratch.openssl(['pkcs7', '-inform', 'DER', '-in', 'chain.p7b', '-print_certs', '-noout']);
    expect(result.status, result.stderr).toBe(0);
    const subjects = result.stdout.split('\n').filter((line) => line.startsWith('subject='));
    expect(subjects).toEqual([
      'subject=C = GB, O = Contoso, CN = Test Issuing CA',
      'subject=C = GB, O = Contoso, CN = Test Root CA',
    ]);
    const printed = scratch.openssl(['pkcs7', '-inform', 'DER', '-in', 'chain.p7b', '-print', '-noout']).stdout;
    expect(printed).toMatch(/version: 1/);
    expect(printed).toMatch(/signer_info:\s*<EMPTY>/);
    const certificates = readCertsOnlyPkcs7(p7b).map((der) => Buffer.from(der));
    expect(certificates).toEqual([Buffer.from(issuing.der), Buffer.from(root.der)]);
  });
});
