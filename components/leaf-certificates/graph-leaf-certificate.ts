// The leaf JSON the API serves (lib/graph/to-graph-leaf-certificate.ts); a type-only import, so nothing server-side
// reaches the browser bundle.
import type { GraphLeafCertificate } from '@/lib/graph/to-graph-leaf-certificate';

export type { GraphLeafCertificate };

export type LeafCertificateStatus = GraphLeafCertificate['certificateStatus'];

/** GET …/{leafId} adds the certificate itself, as a data: URI like the CA's certificateDownloadUrl. */
export type GraphLeafCertificateDetail = GraphLeafCertificate & { certificateDownloadUrl: string };
