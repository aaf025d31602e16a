// A worker thread with its own Pkcs11KeyStore on the token the main thread uses (the shape of a crypto worker pool):
// it signs with a key it did not create and posts the signature back.
import { parentPort, workerData } from 'node:worker_threads';
import { Pkcs11KeyStore } from '../pkcs11-key-store';
import type { SoftHsmToken } from './softhsm-token';

const { token, keyUri, data } = workerData as { token: SoftHsmToken; keyUri: string; data: Uint8Array };
const store = new Pkcs11KeyStore(token);
const signature = await store.sign(keyUri, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, data);
parentPort?.postMessage(new Uint8Array(signature));
