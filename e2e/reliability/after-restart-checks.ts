// What must hold after a kill -9 and a restart (issue 9 › Durability): every certificate a client received is in
// the leaf list, every revocation a client saw confirmed stuck, the CRLs are served and verify with OpenSSL and list
// exactly the revoked leaves, and no CA is half-created — a CA is there with its certificate and working keys
// (proved by enrolling under it), or not at all — and every revocation and CA that stuck has its audit event.
import { X509Certificate } from 'node:crypto';
import type { RequesterKey } from '@/lib/devices/scep-client/requester-key';
import { derOfDataUri } from '../fixtures';
import type { DurabilityLedger } from './durability-ledger';
import { CA_COLLECTION, type GraphAnswer, type GraphCa, listCas, listLeaves, type PortalApi } from '../portal-instances/portal-api';
import { prepareEnrollments, sendEnrollments } from '../portal-instances/scep-enrollment-load';
import { fetchVerifiedCrl } from '../portal-instances/served-crl';

export interface RestartVerdict {
  readonly problems: string[];
  /** Serials of received certificates missing from the leaf list. */
  readonly lost: string[];
}

const REVOKE_LEAF_ACTIVITY = 'RevokeLeafCertAsync CloudCertificationAuthorityLeafCertificate';
const CREATE_CA_ACTIVITY = 'Create CloudCertificationAuthority';

/** The ids of the objects that audit events of one activity name are about, every page. */
async function auditedTargets(api: PortalApi, activityType: string): Promise<Set<string>> {
  const targets = new Set<string>();
  let next: string | undefined = `/graph/beta/deviceManagement/auditEvents?$filter=${encodeURIComponent(`activityType eq '${activityType}'`)}&$top=999`;
  while (next) {
    const answer: GraphAnswer<{ value: { resources: { resourceId: string }[] }[]; '@odata.nextLink'?: string }> = await api.call('GET', next);
    if (answer.status !== 200) throw new Error(`Listing audit events answered ${answer.status}`);
    for (const event of answer.body.value) for (const resource of event.resources) targets.add(resource.resourceId);
    next = answer.body['@odata.nextLink'];
  }
  return targets;
}

async function checkCertificates(api: PortalApi, ledger: DurabilityLedger, problems: string[]): Promise<string[]> {
  const leaves = new Map((await listLeaves(api, ledger.issuing.id)).map((leaf) => [leaf.serialNumber, leaf]));
  const lost = [...ledger.received].filter((serial) => !leaves.has(serial));
  if (lost.length) problems.push(`${lost.length} received certificate(s) missing from the leaf list: ${lost.join(', ')}`);
  const unrevoked = [...ledger.revoked].filter((serial) => leaves.get(serial)?.certificateStatus !== 'revoked');
  if (unrevoked.length) problems.push(`revocations answered 200 but not revoked after the restart: ${unrevoked.join(', ')}`);

  const crl = await fetchVerifiedCrl(ledger.issuing);
  if (typeof crl === 'string') {
    problems.push(crl);
    return lost;
  }
  const revokedLeaves = [...leaves.values()].filter((leaf) => leaf.certificateStatus === 'revoked');
  const audited = await auditedTargets(api, REVOKE_LEAF_ACTIVITY);
  const unaudited = revokedLeaves.filter((leaf) => !audited.has(leaf.id)).map((leaf) => leaf.serialNumber);
  if (unaudited.length) problems.push(`revoked certificates without their audit event: ${unaudited.join(', ')}`);
  const revokedInList = revokedLeaves.map((leaf) => leaf.serialNumber);
  const missingFromCrl = revokedInList.filter((serial) => !crl.revokedSerials.has(serial));
  if (missingFromCrl.length) problems.push(`revoked certificates missing from the served CRL: ${missingFromCrl.join(', ')}`);
  if (crl.revokedSerials.size !== revokedInList.length) problems.push(`the CRL lists ${crl.revokedSerials.size} serials, the leaf list ${revokedInList.length} revoked`);
  checkCrlNumber(ledger, ledger.issuing, crl.crlNumber, problems);
  return lost;
}

function checkCrlNumber(ledger: DurabilityLedger, ca: GraphCa, crlNumber: bigint, problems: string[]): void {
  const previous = ledger.crlNumbers.get(ca.id) ?? -1n;
  // RFC 5280 §5.2.3: CRL numbers increase monotonically for a given CA.
  if (crlNumber < previous) problems.push(`${ca.displayName} served CRL number ${crlNumber} after ${previous}`);
  ledger.crlNumbers.set(ca.id, crlNumber);
}

/** Enrolls one device under `ca` and checks the certificate is signed by the CA's key: its keys work. */
async function proveCaIssues(api: PortalApi, ca: GraphCa, key: RequesterKey): Promise<string | undefined> {
  const [certificate] = await sendEnrollments(await prepareEnrollments(api, ca.id, [key], 'kill-9-check'), 1);
  if (!certificate) return `${ca.displayName} exists but did not issue a certificate`;
  const caCertificate = new X509Certificate(derOfDataUri(ca.certificateDownloadUrl));
  return certificate.verify(caCertificate.publicKey) ? undefined : `${ca.displayName} issued a certificate its own certificate does not verify`;
}

/** Frees the round CA's slot the way an administrator would: revoke its leaves, pause, revoke, delete. */
async function removeIssuingCa(api: PortalApi, ca: GraphCa): Promise<void> {
  const path = `${CA_COLLECTION}/${ca.id}`;
  const active = (await listLeaves(api, ca.id)).filter((leaf) => leaf.certificateStatus === 'active').map((leaf) => leaf.id);
  const steps: [string, string, unknown][] = [
    ...(active.length ? [['POST', `${path}/revokeLeafCertificates`, { leafCertificateIds: active }] as [string, string, unknown]] : []),
    ['POST', `${path}/changeCloudCertificationAuthorityStatus`, { certificationAuthorityStatus: 'paused' }],
    ['POST', `${path}/revokeCloudCertificationAuthorityCertificate`, {}],
    ['DELETE', path, undefined],
  ];
  for (const [method, stepPath, body] of steps) {
    const answer = await api.call(method, stepPath, body);
    if (answer.status >= 300) throw new Error(`${method} ${stepPath} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  }
}

async function checkCas(api: PortalApi, ledger: DurabilityLedger, key: RequesterKey, problems: string[]): Promise<void> {
  const cas = await listCas(api);
  const audited = await auditedTargets(api, CREATE_CA_ACTIVITY);
  for (const ca of cas) if (!audited.has(ca.id)) problems.push(`${ca.displayName} exists without its audit event`);
  for (const kept of [ledger.root, ledger.issuing]) {
    const ca = cas.find((candidate) => candidate.id === kept.id);
    if (ca?.certificationAuthorityStatus !== 'active') problems.push(`${kept.displayName} is ${ca ? ca.certificationAuthorityStatus : 'gone'}`);
  }
  const rootCrl = await fetchVerifiedCrl(ledger.root);
  if (typeof rootCrl === 'string') problems.push(rootCrl);
  else checkCrlNumber(ledger, ledger.root, rootCrl.crlNumber, problems);

  const roundCas = cas.filter((ca) => ca.id !== ledger.root.id && ca.id !== ledger.issuing.id);
  if (ledger.createdCaId && !roundCas.some((ca) => ca.id === ledger.createdCaId)) problems.push(`the CA answered 201 (${ledger.createdCaId}) is gone`);
  ledger.createdCaId = undefined;
  for (const ca of roundCas) {
    if (ca.certificationAuthorityStatus !== 'active' || !ca.certificateDownloadUrl || !ca.scepServerUrl) {
      problems.push(`half-created CA ${ca.displayName}: status ${ca.certificationAuthorityStatus}, certificate ${ca.certificateDownloadUrl ? 'present' : 'missing'}`);
      continue;
    }
    const problem = await proveCaIssues(api, ca, key);
    if (problem) problems.push(problem);
    else await removeIssuingCa(api, ca);
  }
}

/** `key`: a fresh device key for proving a surviving round CA issues. */
export async function checkAfterRestart(api: PortalApi, ledger: DurabilityLedger, key: RequesterKey): Promise<RestartVerdict> {
  const problems: string[] = [];
  const lost = await checkCertificates(api, ledger, problems);
  await checkCas(api, ledger, key, problems);
  return { problems, lost };
}
