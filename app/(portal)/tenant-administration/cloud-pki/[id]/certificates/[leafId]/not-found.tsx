import { LeafCertificateNotFound } from '@/components/leaf-certificates/leaf-certificate-not-found';

export default function LeafCertificateNotFoundPage() {
  return <LeafCertificateNotFound />;
}
