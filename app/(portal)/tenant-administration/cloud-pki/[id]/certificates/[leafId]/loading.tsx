import { LeafCertificateDetailLoading } from '@/components/leaf-certificates/leaf-certificate-detail-loading';

export default function LeafCertificateLoading() {
  return <LeafCertificateDetailLoading />;
}
