// Wire cases of the Cloud PKI routes: CAs in every state, their leaf certificates, and the portal's SCEP challenge
// and deployment-order additions.
import * as models from '@microsoft/msgraph-beta-sdk/models/index.js';
import { getDeploymentReadiness } from '@/lib/services/device-configurations/get-deployment-readiness';
import { changeCloudPkiLicense } from '@/lib/services/licensing/change-cloud-pki-license';
import { getCloudPkiLicense } from '@/lib/services/licensing/get-cloud-pki-license';
import { createScepChallenge } from '@/lib/services/scep/create-scep-challenge';
import type { CertificationAuthorityRow } from '@/lib/db/repositories/certification-authorities';
import type { LeafCertificateListItem } from '@/lib/db/repositories/leaf-certificates';
import type { GraphRouteKey } from '../graph-routes';
import { actionEntityResponse, collectionResponse, entityResponse, keysetCollectionResponse } from '../graph-response';
import { encodeSkipToken } from '../skip-token';
import { toGraphCertificationAuthority } from '../to-graph-certification-authority';
import { CLOUD_PKI_LICENSE_CONTEXT } from '../cloud-pki-license';
import { toGraphCloudPkiLicense } from '../to-graph-cloud-pki-license';
import { toGraphLeafCertificate, toGraphLeafCertificateDetail } from '../to-graph-leaf-certificate';
import type { WireSampleTenant } from './wire-sample-tenant';
import { ENTITY, one, publicUrl, type WireCase } from './wire-case-kit';
import { wholeTenant } from '@/lib/db/repositories/tenant-scope';

const CA = models.createCloudCertificationAuthorityFromDiscriminatorValue;
const CAS = models.createCloudCertificationAuthorityCollectionResponseFromDiscriminatorValue;
const LEAF = models.createCloudCertificationAuthorityLeafCertificateFromDiscriminatorValue;
const LEAVES = models.createCloudCertificationAuthorityLeafCertificateCollectionResponseFromDiscriminatorValue;

const ca = (row: CertificationAuthorityRow) => toGraphCertificationAuthority(row, publicUrl());
const cas = (t: WireSampleTenant) => [t.root, t.issuing, t.paused, t.byoca];
const leaf = (t: WireSampleTenant, row: LeafCertificateListItem) => toGraphLeafCertificate(row, t.issuing, publicUrl());

export const CLOUD_PKI_WIRE_CASES = {
  'GET /graph/beta/deviceManagement/cloudCertificationAuthority': {
    kind: 'graph',
    model: CAS,
    bodies: async (t) => [collectionResponse('deviceManagement/cloudCertificationAuthority', cas(t).map(ca))],
  },
  'POST /graph/beta/deviceManagement/cloudCertificationAuthority': {
    kind: 'graph',
    model: CA,
    bodies: async (t) => [t.root, t.issuing, t.byoca].map((row) => entityResponse(ENTITY.ca, ca(row), { status: 201 })),
  },
  'DELETE /graph/beta/deviceManagement/cloudCertificationAuthority/{id}': { kind: 'noBody', why: '204' },
  'GET /graph/beta/deviceManagement/cloudCertificationAuthority/{id}': {
    kind: 'graph',
    model: CA,
    bodies: async (t) => cas(t).map((row) => entityResponse(ENTITY.ca, ca(row))),
  },
  'PATCH /graph/beta/deviceManagement/cloudCertificationAuthority/{id}': {
    kind: 'graph',
    model: CA,
    bodies: async (t) => one(entityResponse(ENTITY.ca, ca({ ...t.issuing, description: 'Renamed by PATCH' }))),
  },
  'GET /graph/beta/deviceManagement/cloudCertificationAuthority/{id}/certificateChain': { kind: 'noBody', why: 'a PKCS#7 file' },
  'POST /graph/beta/deviceManagement/cloudCertificationAuthority/{id}/changeCloudCertificationAuthorityStatus': {
    kind: 'graph',
    model: CA,
    bodies: async (t) => [t.paused, t.issuing].map((row) => actionEntityResponse(ca(row))),
  },
  'GET /graph/beta/deviceManagement/cloudCertificationAuthority/{id}/cloudCertificationAuthorityLeafCertificate': {
    kind: 'graph',
    model: LEAVES,
    bodies: async (t) => {
      const context = `deviceManagement/cloudCertificationAuthority('${t.issuing.id}')/cloudCertificationAuthorityLeafCertificate`;
      const url = new URL(`${publicUrl()}/graph/beta/${context}?$top=1&$count=true`);
      const all = [t.leaves.issued, t.leaves.revoked];
      const skipToken = encodeSkipToken({ values: [t.leaves.issued.validityStartDateTime], id: t.leaves.issued.id }, '');
      return [
        keysetCollectionResponse({ url, context }, { value: [leaf(t, t.leaves.issued)], count: all.length, skipToken }),
        keysetCollectionResponse({ url, context }, { value: all.map((row) => leaf(t, row)) }),
      ];
    },
  },
  'GET /graph/beta/deviceManagement/cloudCertificationAuthority/{id}/cloudCertificationAuthorityLeafCertificate/{leafId}': {
    kind: 'graph',
    model: LEAF,
    bodies: async (t) =>
      [t.leaves.issued, t.leaves.revoked].map((row) =>
        entityResponse(
          `deviceManagement/cloudCertificationAuthority('${t.issuing.id}')/cloudCertificationAuthorityLeafCertificate/$entity`,
          toGraphLeafCertificateDetail(row, t.issuing, publicUrl()),
        ),
      ),
  },
  'POST /graph/beta/deviceManagement/cloudCertificationAuthority/{id}/createScepChallenge': {
    kind: 'portal',
    bodies: async (t) =>
      one(entityResponse('cloudPki.scepChallenge', await createScepChallenge(t.handle.db, t.principal, t.issuing.id, { deviceName: 'ALICE-PC', validityInMinutes: 60 }))),
  },
  'GET /graph/beta/deviceManagement/cloudCertificationAuthority/{id}/deploymentReadiness': {
    kind: 'portal',
    bodies: async (t) => one(collectionResponse('Collection(cloudPki.readinessStep)', await getDeploymentReadiness(t.handle.db, wholeTenant(t.tenantId), t.issuing.id, 'windows'))),
  },
  'POST /graph/beta/deviceManagement/cloudCertificationAuthority/{id}/revokeCloudCertificationAuthorityCertificate': {
    kind: 'graph',
    model: CA,
    bodies: async (t) => one(actionEntityResponse(ca({ ...t.paused, status: 'revoked' }))),
  },
  'POST /graph/beta/deviceManagement/cloudCertificationAuthority/{id}/revokeLeafCertificate': {
    kind: 'graph',
    model: LEAF,
    bodies: async (t) => one(actionEntityResponse(leaf(t, t.leaves.revoked))),
  },
  'POST /graph/beta/deviceManagement/cloudCertificationAuthority/{id}/revokeLeafCertificateBySerialNumber': {
    kind: 'graph',
    model: LEAF,
    bodies: async (t) => one(actionEntityResponse(leaf(t, t.leaves.revoked))),
  },
  'POST /graph/beta/deviceManagement/cloudCertificationAuthority/{id}/revokeLeafCertificates': {
    kind: 'graph',
    model: LEAVES,
    bodies: async (t) => one(collectionResponse('Collection(microsoft.graph.cloudCertificationAuthorityLeafCertificate)', [leaf(t, t.leaves.revoked)])),
  },
  'POST /graph/beta/deviceManagement/cloudCertificationAuthority/{id}/searchCloudCertificationAuthorityLeafCertificateBySerialNumber': {
    kind: 'graph',
    model: LEAF,
    bodies: async (t) => one(actionEntityResponse(leaf(t, t.leaves.issued))),
  },
  'POST /graph/beta/deviceManagement/cloudCertificationAuthority/{id}/uploadExternallySignedCertificationAuthorityCertificate': {
    kind: 'graph',
    model: CA,
    // What a BYOCA looks like once its signed certificate is in: active, its issuer URI read from the certificate.
    bodies: async (t) =>
      one(actionEntityResponse(ca({ ...t.issuing, caType: 'issuingCertificationAuthorityWithExternalRoot', issuerId: null, rootCertificateCommonName: 'External root CA' }))),
  },
  'GET /graph/beta/deviceManagement/cloudPkiLicense': {
    kind: 'portal',
    bodies: async (t) => one(entityResponse(CLOUD_PKI_LICENSE_CONTEXT, toGraphCloudPkiLicense(await getCloudPkiLicense(t.handle.db, t.tenantId)))),
  },
  'PATCH /graph/beta/deviceManagement/cloudPkiLicense': {
    kind: 'portal',
    bodies: async (t) => {
      const state = await changeCloudPkiLicense(t.handle.db, t.principal, { licenseType: 'trial', trialEndDateTime: '2036-01-01T00:00:00Z' });
      return one(entityResponse(CLOUD_PKI_LICENSE_CONTEXT, toGraphCloudPkiLicense(state)));
    },
  },
} as const satisfies { [K in GraphRouteKey]?: WireCase };
