// The one place @peculiar/x509 is loaded: reflect-metadata must come first (its tsyringe
// container needs the polyfill), and Node's WebCrypto is installed as its provider. Other pki files import x509 here.
import 'reflect-metadata';
import { webcrypto } from 'node:crypto';
import * as x509 from '@peculiar/x509';

/** Node's WebCrypto under the DOM `Crypto` type that x509 and pkijs expect (the two typings differ). */
export const nodeCrypto = webcrypto as unknown as Crypto;

x509.cryptoProvider.set(nodeCrypto);

export { x509 };
