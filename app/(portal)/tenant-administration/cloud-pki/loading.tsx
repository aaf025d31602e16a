import { CertificationAuthorityListLoading } from '@/components/certification-authorities/certification-authority-list-loading';

export default function CloudPkiLoading() {
  return <CertificationAuthorityListLoading />;
}
