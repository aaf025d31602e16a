import { LeafCertificateListLoading } from '@/components/leaf-certificates/leaf-certificate-list-loading';

export default function LeafCertificatesLoading() {
  return <LeafCertificateListLoading />;
}
