// The shared fixture of the SCEP operation tests: a test PKI, one enrolling client with its
// self-signed certificate, and a PKCSReq builder with overridable parts.
import { randomBytes } from 'node:crypto';
import { MESSAGE_TYPE } from './scep-message-type';
import { buildCsr, buildPkiMessage, opensslEnvelope, type ClientMessage } from './scep-test-client.test-helpers';
import { createSelfSigned, createTestKey, createTestPki, type TestCertificate, type TestKey, type TestPki } from './scep-test-pki.test-helpers';

export interface PkcsReqOptions extends Partial<ClientMessage> {
  readonly cipher?: 'des3' | 'aes128' | 'aes256';
  readonly challenge?: string;
}

export interface ScepFixture {
  readonly pki: TestPki;
  readonly clientKey: TestKey;
  readonly client: TestCertificate;
  buildPkcsReq(options?: PkcsReqOptions): Promise<{ message: ClientMessage; der: Uint8Array }>;
}

export async function createScepFixture(): Promise<ScepFixture> {
  const [pki, clientKey] = await Promise.all([createTestPki(), createTestKey()]);
  const client = await createSelfSigned(clientKey, 'CN=device-1');
  return {
    pki,
    clientKey,
    client,
    async buildPkcsReq({ cipher = 'aes256', challenge = 'Abc123-challenge', ...overrides } = {}) {
      const csr = await buildCsr(clientKey, 'device-1', { value: challenge, type: 'PrintableString' });
      const message: ClientMessage = {
        envelope: opensslEnvelope(csr, pki.ra, cipher),
        messageType: MESSAGE_TYPE.PKCSReq,
        transactionId: randomBytes(8).toString('hex'),
        senderNonce: randomBytes(16),
        signer: client,
        ...overrides,
      };
      return { message, der: await buildPkiMessage(message) };
    },
  };
}
