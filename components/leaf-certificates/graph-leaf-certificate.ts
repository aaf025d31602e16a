// The leaf JSON the API serves (lib/graph/to-graph-leaf-certificate.ts); a type-only import, so nothing server-side
// reaches the browser bundle. GET …/{leafId} adds the certificate itself as the `certificateDownloadUrl` annotation.
import type { GraphLeafCertificate, GraphLeafCertificateDetail } from '@/lib/graph/to-graph-leaf-certificate';

export type { GraphLeafCertificate, GraphLeafCertificateDetail };

export type LeafCertificateStatus = GraphLeafCertificate['certificateStatus'];
