import { describe, expect, it } from 'vitest';
import { InvalidEnvironmentError, parseEnv } from './env';

describe('parseEnv', () => {
  it('defaults to the embedded setup on port 3000', () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ PORT: 3000, DATA_DIR: './data', PUBLIC_URL: 'http://localhost:3000' });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it('derives PUBLIC_URL from PORT and trims a trailing slash from a given one', () => {
    expect(parseEnv({ PORT: '8080' }).PUBLIC_URL).toBe('http://localhost:8080');
    expect(parseEnv({ PUBLIC_URL: 'https://pki.contoso.com/' }).PUBLIC_URL).toBe('https://pki.contoso.com');
  });

  it('treats empty values as unset, as .env.example leaves them', () => {
    expect(parseEnv({ DATABASE_URL: '', PKI_MASTER_KEY: '', AUTOMATION_CLIENT_ID: '', AUTOMATION_CLIENT_SECRET: '' })).toMatchObject({
      DATABASE_URL: undefined,
      PKI_MASTER_KEY: undefined,
    });
  });

  it('names every bad value in one message', () => {
    const parse = () =>
      parseEnv({ PORT: 'eighty', DATABASE_URL: 'mysql://db/x', PORTAL_ADMIN_PASSWORD: 'short', PKI_MASTER_KEY: 'abc' });
    expect(parse).toThrow(InvalidEnvironmentError);
    try {
      parse();
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('PORT: must be a port number');
      for (const name of ['DATABASE_URL', 'PORTAL_ADMIN_PASSWORD', 'PKI_MASTER_KEY']) {
        expect(message).toContain(`  ${name}: `);
      }
    }
  });

  it('wants the automation client id and secret together', () => {
    expect(() => parseEnv({ AUTOMATION_CLIENT_ID: 'script' })).toThrow('set AUTOMATION_CLIENT_ID and AUTOMATION_CLIENT_SECRET together');
  });

  it('wants the three PKCS#11 settings together', () => {
    expect(() => parseEnv({ PKCS11_MODULE: '/usr/lib/softhsm/libsofthsm2.so' })).toThrow(
      'set PKCS11_MODULE, PKCS11_TOKEN_LABEL and PKCS11_PIN together',
    );
    const hsm = { PKCS11_MODULE: '/usr/lib/softhsm/libsofthsm2.so', PKCS11_TOKEN_LABEL: 'Cloud PKI', PKCS11_PIN: '1234' };
    expect(parseEnv(hsm)).toMatchObject(hsm);
  });
});
