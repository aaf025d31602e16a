import { CertificationAuthorityDetailLoading } from '@/components/certification-authorities/detail/certification-authority-detail-loading';

export default function CertificationAuthorityLoading() {
  return <CertificationAuthorityDetailLoading />;
}
